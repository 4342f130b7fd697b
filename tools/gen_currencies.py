#!/usr/bin/env python3
"""Generate libnewsent/data/currencies.c, the QUANTITY stage's currency tables.

Usage: tools/gen_currencies.py [ISO_4217_JSON] > libnewsent/data/currencies.c
       (default input: /usr/share/iso-codes/json/iso_4217.json, Debian's iso-codes)

Three sorted tables come out, all looked up with bsearch (recognize/units.h):
  ns_currency_codes  every ISO 4217 alphabetic code in iso-codes, with a flag for
                     codes that are also English words or common acronyms (ALL, TOP,
                     CUP, AMD, ...): those count as currencies only when written
                     against a number ("ALL500", "500 ALL" is still refused).
  ns_currency_names  lower-case currency names -> code: every iso-codes name
                     ("swiss franc", "yuan renminbi", "hryvnia"), plus the HAND table
                     below of the names news uses that the standard does not
                     ("dollar", "euros" via the plural rule, "rouble", "us dollar").
                     Plurals are handled by the matcher (a trailing "s"), irregular
                     ones are listed here.
  ns_currency_symbols symbols and prefixes written before or after an amount
                     ("$", "€", "US$" is "US" + "$", "Rs", "元").
The HAND tables are the only hand-kept part; everything else comes from the data.
Codes not in ISO 4217 today appear only where news still writes them: withdrawn
European currencies (FIM, NLG, DEM, FRF, ESP, ITL; ISO 4217 amendment codes) and
bitcoin as "BTC" (no ISO code exists; XBT is unofficial), documented as such.
"""
import json
import sys

# Codes that are English words, names or frequent acronyms in news.
WORDLIKE = {
    "ALL", "AMD", "ANG", "BAM", "BOB", "CUP", "DOP", "GEL", "LAK", "MAD", "MOP", "NAD",
    "PEN", "RON", "SAR", "SOS", "TOP", "TRY", "WST", "HNL", "KES", "MGA", "MUR", "NIO",
    "BIF", "CVE", "ERN", "GIP", "GYD", "KMF", "LSL", "MRU", "MVR", "MWK", "SLE", "SLL",
    "STN", "SVC", "SZL", "TMT", "UYI", "UYU", "UZS", "VED", "VES", "XUA", "ZMW", "ZWL",
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "CUC", "KGS", "TJS", "XSU",
}

# Single-word iso-codes names that are ordinary English words: not names alone.
NAME_STOP = {"won", "sol", "dong", "kip", "real", "leone", "colon", "som", "pula", "dobra",
             "lek", "dram", "taka", "riel", "lari", "vatu", "tala", "paanga", "kyat",
             "ouguiya", "rufiyaa", "kina", "lilangeni", "loti", "manat", "dalasi",
             "cedi", "birr", "ariary", "leu", "lev", "mark", "lempira", "quetzal"}

# Names news writes -> code (hand-kept; lower case, singular).
HAND_NAMES = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "buck": "USD", "greenback": "USD", "euro": "EUR", "sterling": "GBP",
    "pound sterling": "GBP", "british pound": "GBP", "pound": "GBP", "quid": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "rupee": "INR", "rouble": "RUB",
    "ruble": "RUB", "russian rouble": "RUB", "hryvnia": "UAH", "hryvnya": "UAH",
    "ukrainian hryvnia": "UAH", "franc": "CHF", "peso": "MXN", "lira": "TRY",
    "lire": "TRY", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "reais": "BRL", "shekel": "ILS", "riyal": "SAR", "dirham": "AED", "ringgit": "MYR",
    "rand": "ZAR", "south african rand": "ZAR", "south korean won": "KRW",
    "korean won": "KRW", "won": "KRW", "swiss franc": "CHF", "canadian dollar": "CAD",
    "australian dollar": "AUD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "singapore dollar": "SGD", "taiwan dollar": "TWD", "new taiwan dollar": "TWD",
    "naira": "NGN", "cedi": "GHS", "shilling": "KES", "kenyan shilling": "KES",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "koruna": "CZK",
    "baht": "THB", "dong": "VND", "vietnamese dong": "VND", "rupiah": "IDR",
    "bitcoin": "BTC", "btc": "BTC",
    # withdrawn currencies (ISO 4217 historic codes)
    "markka": "FIM", "finnish markka": "FIM", "guilder": "NLG", "dutch guilder": "NLG",
    "deutschmark": "DEM", "deutsche mark": "DEM", "german mark": "DEM",
    "french franc": "FRF", "peseta": "ESP", "spanish peseta": "ESP",
    "italian lira": "ITL",
}

# Symbols and prefixes -> code (hand-kept). A prefix with "$" after it ("US",
# "HK", "C") is written here with the "$".
HAND_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "U.S$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD",
    "NT$": "TWD", "MEX$": "MXN", "MX$": "MXN", "R$": "BRL", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₦": "NGN",
    "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "₮": "MNT", "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "₿": "BTC", "元": "CNY",
    "円": "JPY", "ரூ": "LKR", "RS": "INR", "RS.": "INR", "CHF": "CHF", "FR.": "CHF",
}


def c_str(s):
    out = []
    for b in s.encode("utf-8"):
        if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C):
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_4217.json"
    data = json.load(open(path, encoding="utf-8"))["4217"]
    codes = {}
    names = {}
    for c in data:
        code = c["alpha_3"]
        codes[code] = c["name"]
        if code.startswith("X"):
            continue  # gold, SDR, test and fund codes: not money in news
        n = c["name"].lower()
        if n in NAME_STOP:
            continue
        names.setdefault(n, code)
    for n, code in HAND_NAMES.items():
        names[n] = code
    extra = {"FIM": "Markka", "NLG": "Netherlands Guilder", "DEM": "Deutsche Mark",
             "FRF": "French Franc", "ESP": "Spanish Peseta", "ITL": "Italian Lira",
             "BTC": "Bitcoin (not ISO 4217)"}
    for k, v in extra.items():
        codes.setdefault(k, v)
    w = sys.stdout.write
    w("/* Generated by tools/gen_currencies.py from Debian iso-codes ISO 4217 data\n"
      " * (%s)\n * and the script's documented hand tables. Do not edit. */\n" % path)
    w('#include "recognize/units.h"\n\n')
    w("const ns_currency_code ns_currency_codes[] = {\n")
    for code in sorted(codes):
        w("    {%s, %s, %d},\n" % (c_str(code), c_str(codes[code]), 1 if code in WORDLIKE or code.startswith("X") else 0))
    w("};\nconst size_t ns_currency_ncodes = sizeof ns_currency_codes / sizeof ns_currency_codes[0];\n\n")
    w("const ns_currency_name ns_currency_names[] = {\n")
    for n in sorted(names, key=lambda s: s.encode("utf-8")):
        w("    {%s, %s},\n" % (c_str(n), c_str(names[n])))
    w("};\nconst size_t ns_currency_nnames = sizeof ns_currency_names / sizeof ns_currency_names[0];\n\n")
    w("const ns_currency_name ns_currency_symbols[] = {\n")
    for s in sorted(HAND_SYMBOLS, key=lambda s: s.encode("utf-8")):
        w("    {%s, %s},\n" % (c_str(s), c_str(HAND_SYMBOLS[s])))
    w("};\nconst size_t ns_currency_nsymbols = sizeof ns_currency_symbols / sizeof ns_currency_symbols[0];\n")


if __name__ == "__main__":
    main()
