#!/usr/bin/env python3
"""Generate libnewsent/data/units.c, the QUANTITY stage's measure units.

Usage: tools/gen_units.py > libnewsent/data/units.c

There is no packaged source of the ways English news writes units ("km", "sq mi",
"degrees Fahrenheit", "40C"), so this script is the hand-kept source: each add() line
gives a canonical name (singular, British spelling, as the public header documents:
"kilometre", "degree Celsius"), its kind, and the spellings that mean it. Plurals are
listed (pl() adds "s"). Keys are lower case, except EX (case matters: "MW" is not
"mW"). attached=1 marks spellings accepted only when written against the number
("5m", "40C", "100t"), because alone they are ordinary letters.
"""
L,A,V,M,T,D,S,E,P,DA,O = "NS_UNIT_LENGTH NS_UNIT_AREA NS_UNIT_VOLUME NS_UNIT_MASS NS_UNIT_TEMP NS_UNIT_DEGREE NS_UNIT_SPEED NS_UNIT_ENERGY NS_UNIT_POWER NS_UNIT_DATA NS_UNIT_OTHER".split()
U = []
def add(name, kind, *keys, att=0):
    for k in keys: U.append((k, name, kind, att))
def pl(*ws):  # word + plural
    out=[]
    for w in ws: out += [w, w+"s"]
    return out
add("kilometre", L, "km","kms", *pl("kilometre","kilometer"))
add("metre", L, *pl("metre","meter"))
add("metre", L, "m", att=1)
add("centimetre", L, "cm", *pl("centimetre","centimeter"))
add("millimetre", L, "mm", *pl("millimetre","millimeter"))
add("decimetre", L, "dm", *pl("decimetre","decimeter"))
add("micrometre", L, "µm","μm", *pl("micrometre","micrometer","micron"))
add("nanometre", L, "nm", *pl("nanometre","nanometer"))
add("picometre", L, *pl("picometre","picometer"))
add("mile", L, *pl("mile"), "mi")
add("nautical mile", L, *pl("nautical mile"))
add("foot", L, "foot","feet","ft")
add("inch", L, "inch","inches")
add("inch", L, '"', att=1)
add("yard", L, *pl("yard"), "yd","yds")
add("light-year", L, *pl("light year","light-year"))
add("square kilometre", A, "km2","km²","sq km","sq. km", *pl("square kilometre","square kilometer","sq kilometre"))
add("square mile", A, "sq mi","sq. mi", *pl("square mile","sq mile"))
add("square metre", A, "m2","m²","sq m", *pl("square metre","square meter"))
add("square foot", A, "sq ft","sq. ft","square foot","square feet")
add("hectare", A, *pl("hectare"), "ha")
add("acre", A, *pl("acre"))
add("litre", V, *pl("litre","liter"))
add("millilitre", V, "ml", *pl("millilitre","milliliter"))
add("gallon", V, *pl("gallon"))
add("barrel", V, *pl("barrel"), "bbl")
# oil output: "1.3 million bpd", "600,000 b/d" (trade copy also writes "BPD")
add("barrel per day", V, "bpd", "b/d")
# South Asian land measures in property and court copy: "458 kanals of land"
add("kanal", A, *pl("kanal"))
add("marla", A, *pl("marla"))
add("cubic metre", V, "m3","m³", *pl("cubic metre","cubic meter"))
add("cubic foot", V, "cubic foot","cubic feet","cu ft")
add("cup", V, *pl("cup"))
add("tablespoon", V, *pl("tablespoon"), "tbsp")
add("teaspoon", V, *pl("teaspoon"), "tsp")
add("pint", V, *pl("pint"))
add("kilogram", M, "kg","kgs", *pl("kilogram","kilogramme","kilo"))
add("gram", M, *pl("gram","gramme"))
add("gram", M, "g", att=1)
add("milligram", M, "mg", *pl("milligram","milligramme"))
add("microgram", M, "µg","μg","mcg", *pl("microgram","microgramme"))
add("tonne", M, *pl("tonne","metric ton"), "metric tonne","metric tonnes")
add("tonne", M, "t", att=1)
add("ton", M, *pl("ton"))
add("pound", M, "lb","lbs", *pl("pound"))
add("ounce", M, *pl("ounce"), "oz")
add("carat", M, *pl("carat"))
add("megaton", M, *pl("megaton","megatonne"))
add("dram", M, *pl("drachma","dram"))
for d in ("degree","degrees","deg","deg.","°"):
    add("degree Celsius", T, d+" celsius", d+" centigrade", d+" celcius", d+" c", d+" centigrate")
    add("degree Fahrenheit", T, d+" fahrenheit", d+" farenheit", d+" f")
add("degree Celsius", T, "°c","celsius","celcius","centigrade","centigrate","ºc")
add("degree Fahrenheit", T, "°f","fahrenheit","farenheit","ºf")
add("degree Celsius", T, "c", att=1)
add("degree Fahrenheit", T, "f", att=1)
add("degree", D, "degree","degrees","deg.","°","º")
# rates and spreads in finance copy: "cut by 250 basis points", "a 25bp hike"
add("basis point", O, *pl("basis point"), "bps")
add("basis point", O, "bp", att=1)
add("radian", O, *pl("radian"), "rad")
add("turn", O, *pl("turn"))
add("mile per hour", S, "mph", "miles per hour","miles an hour","mile per hour","miles-per-hour")
add("kilometre per hour", S, "km/h","kph","kmph","km/hr","kmh","kilometres per hour","kilometers per hour","kilometre per hour","kilometer per hour", "kilometres an hour","kilometers an hour")
add("metre per second", S, "m/s","metres per second","meters per second")
add("knot", S, *pl("knot"))
add("watt", P, *pl("watt"))
add("kilowatt", P, *pl("kilowatt"))
add("megawatt", P, *pl("megawatt"))
add("gigawatt", P, *pl("gigawatt"))
add("kilowatt-hour", E, *pl("kilowatt-hour","kilowatt hour"))
add("megawatt-hour", E, *pl("megawatt-hour","megawatt hour"))
add("gigawatt-hour", E, *pl("gigawatt-hour","gigawatt hour"))
add("terawatt-hour", E, *pl("terawatt-hour","terawatt hour"))
add("kilocalorie", E, "kcal", *pl("kilocalorie"))
add("calorie", E, *pl("calorie"))
add("joule", E, *pl("joule"))
add("volt", O, *pl("volt"))
add("kilobyte", DA, *pl("kilobyte"))
add("megabyte", DA, *pl("megabyte"))
add("gigabyte", DA, *pl("gigabyte"))
add("terabyte", DA, *pl("terabyte"))
add("bit", DA, *pl("bit"))
add("megabit", DA, *pl("megabit"))
add("megabit per second", DA, "mbps","mb/s")
# lower-case "mb" is megabytes in most copy, millibars in weather reports: the
# QUANTITY stage reads it as millibars at air-pressure values (870-1085)
add("megabyte", DA, "mb")
add("millibar", O, *pl("millibar"), "mbar", "hpa", *pl("hectopascal"))
add("gigabit per second", DA, "gbps","gb/s")
EX = [("W","watt",P),("kW","kilowatt",P),("MW","megawatt",P),("GW","gigawatt",P),("TW","terawatt",P),
      ("kWh","kilowatt-hour",E),("MWh","megawatt-hour",E),("GWh","gigawatt-hour",E),("TWh","terawatt-hour",E),
      ("KB","kilobyte",DA),("kB","kilobyte",DA),("MB","megabyte",DA),("GB","gigabyte",DA),("TB","terabyte",DA),("PB","petabyte",DA),
      ("kV","kilovolt",O),("V","volt",O),("Mt","megaton",M),("Gt","gigatonne",M),("Mbps","megabit per second",DA),("Gbps","gigabit per second",DA)]
seen=set(); rows=[]
for k,n,kd,att in U:
    if k in seen: continue
    seen.add(k); rows.append((k,n,kd,att))
def c(s):
    return '"' + "".join(ch if ord(ch)<128 and ch not in '"\\' else "".join("\\%03o"%b for b in ch.encode()) for ch in s) + '"'
print("/* Generated by tools/gen_units.py. Do not edit. */\n#include \"recognize/units.h\"\n")
print("const ns_unit ns_units_exact[] = {")
for k,n,kd in sorted(EX,key=lambda r:r[0].encode()):
    print(f"    {{{c(k)}, {c(n)}, {kd}, 0}},")
print("};\nconst size_t ns_units_nexact = sizeof ns_units_exact / sizeof ns_units_exact[0];\n\nconst ns_unit ns_units_lower[] = {")
for k,n,kd,att in sorted(rows,key=lambda r:r[0].encode()):
    print(f"    {{{c(k)}, {c(n)}, {kd}, {att}}},")
print("};\nconst size_t ns_units_nlower = sizeof ns_units_lower / sizeof ns_units_lower[0];")
