#include "recognize/dates.h"

#include <stdlib.h>
#include <string.h>

#include "normalize/calendar.h"
#include "recognize/date_patterns.h"
#include "recognize/date_words.h"
#include "recognize/numbers.h"
#include "recognize/timex_parse.h"
#include "util/error.h"
#include "util/regex.h"

/* The patterns are tried only at candidate tokens: a number, or a word of
 * the trigger lexicon below (the first word any pattern can start with). */
#define LEX_SLOTS 2048 /* open addressing over the trigger lexicon, under a third full */

/* One slot of the lexicon, 4 bytes, so that the table is 8 KB and stays in
 * the cache between the words of a text: the word's hash above LEX_IDX_BITS
 * (compared first), and 1 + its index into triggers below; 0: empty. The
 * word and its classes are read from triggers on a hit. */
#define LEX_IDX_BITS 10
#define LEX_IDX_MASK ((1u << LEX_IDX_BITS) - 1)

_Static_assert(NS_DP_COUNT <= 32, "pattern sets are uint32_t");

/* The first two letters of the words of some lists, as a set: a token
 * whose first two bytes (case folded as ns_doc_word_is folds them) are in
 * none of them is in no list, and a scan over many tokens skips it without a
 * pass over each list. Letters have a place each; every other byte, and the
 * end of the word, share one, so the set may only say yes too often. */
typedef struct word_pairs {
    uint32_t second[27];
} word_pairs;

/* 0-25 for a letter of either case, 26 for anything else (or the end). */
static unsigned letter_index(char c)
{
    unsigned u = (unsigned)(unsigned char)c | 0x20u;
    return u >= 'a' && u <= 'z' ? u - 'a' : 26;
}

static void pairs_add(word_pairs *p, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        const unsigned char *w = (const unsigned char *)list[i];
        p->second[letter_index((char)w[0])] |= 1u << letter_index((char)(w[0] ? w[1] : 0));
    }
}

/* Whether token k may be a word of the lists added to p. Inline: it stands
 * in loops over tokens, where a call costs more than the test. */
__attribute__((always_inline)) static inline int pairs_may(const word_pairs *p, const ns_doc *doc,
                                                           size_t k)
{
    if (k >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    const unsigned char *s = (const unsigned char *)doc->text + t->start;
    size_t n = t->end - t->start;
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n == 0)
        return 0;
    return (p->second[letter_index((char)s[0])] >> letter_index((char)(n > 1 ? s[1] : 0))) & 1u;
}

/* The holiday gate's words: a holiday of one word, the second word of one. */
static const char *const holiday_single[] = {
    "christmas",   "thanksgiving", "easter",     "halloween",  "eid",        "diwali",
    "deepavali",   "holi",         "hogmanay",   "ferragosto", "juneteenth", "epiphany",
    "ramadan",     "ramzan",       "ashura",     "passover",   "pesach",     "shavuot",
    "purim",       "sukkot",       "hanukkah",   "chanukah",   "pongal",     "mahashivratri",
    "janmashtami", "onam",         "dussehra",   "dasara",     "vaisakhi",   "baisakhi",
    "pentecost",   "whitsun",      "whitsunday", "candlemas",  "koningsdag", "sankranti",
    NULL};
/* The words of time news writes in lower case mid-sentence, a title's when
 * capitalised ("High Noon", "This Week"; context_ok). At file scope: the
 * stage keeps their first letter pairs, as it does the lists below. */
static const char *const ctx_lower[] = {
    "noon",    "midnight", "today",   "tonight",   "tomorrow", "yesterday", "week",    "weeks",
    "month",   "months",   "year",    "years",     "day",      "days",      "minute",  "minutes",
    "hour",    "hours",    "morning", "afternoon", "evening",  "night",     "weekend", "decade",
    "decades", "century",  "quarter", "daily",     "weekly",   NULL};
/* The duration pattern's adjectives: after these a count or a unit ("the
 * past week"), after dur_adj_count's a count only ("the whole three years"). */
static const char *const dur_adj_unit[] = {"past",     "last",      "next",   "coming",
                                           "previous", "following", "recent", "first",
                                           "opening",  "final",     NULL};
static const char *const dur_adj_count[] = {"trailing", "remaining", "latest", "initial", "entire",
                                            "whole",    "full",      "same",   "other",   NULL};
/* Lunar New Year, Burns Night, St Patrick's Day */
static const char *const holiday_second[] = {
    "day",      "days",     "eve",      "friday",    "year",       "year's",    "years",
    "luther",   "monday",   "new",      "jayanti",   "of",         "wednesday", "sunday",
    "raya",     "fawkes",   "night",    "patrick",   "andrew",     "stephen",   "george",
    "david",    "saints",   "souls",    "gras",      "tuesday",    "easter",    "kings",
    "hashanah", "hashana",  "kippur",   "sankranti", "shivaratri", "navami",    "chaturthi",
    "bandhan",  "festival", "thursday", "saturday",  NULL};

/* The words of a match report sports_sentence looks for (at file scope:
 * the stage keeps their first letter pairs). Not "goal": "its annual profit
 * goal"; not "points": an index's. */
static const char *const match_play[] = {
    "scored",     "header",    "penalty",     "striker",     "equaliser",   "equalizer",
    "equalised",  "equalized", "touchdown",   "touchdowns",  "halftime",    "half-time",
    "kick-off",   "innings",   "wicket",      "wickets",     "quarterback", "stretchered",
    "trailed",    "outscored", "rebounds",    "overtime",    "buzzer",      "field-goal",
    "match",      "winger",    "centre-back", "center-back", "midfielder",  "defender",
    "goalkeeper", "stretcher", "flanker",     "throws",      "tackle",      "sin-binned",
    NULL};
static const char *const match_sent[] = {"sent", NULL};
/* "was shown a yellow card early in the second half" */
static const char *const match_colour[] = {"yellow", "red", NULL};
/* a lead in points: "led by nine late in the first quarter", "trailed by as
 * many as 22" (not "a group led by Ford") */
static const char *const match_led[] = {"led", "trailed", "leading", "trailing", NULL};
/* The words only play uses that sports_story counts (not "overtime",
 * "stoppage" nor "penalty": a strike's and a court's too). */
static const char *const story_play[] = {
    "half-time",  "halftime",      "kick-off",  "equaliser",  "equalizer",   "goalkeeper",
    "goaltender", "midfielder",    "winger",    "striker",    "defender",    "substitute",
    "referee",    "scored",        "touchdown", "touchdowns", "quarterback", "hat-trick",
    "free-kick",  "rebounds",      "innings",   "wicket",     "wickets",     "power-play",
    "shootout",   "three-pointer", "layup",     NULL};

struct ns_dates {
    ns_regex_env env; /* ns_mem allocation and match limits */
    pcre2_code *pat[NS_DP_COUNT];
    pcre2_code *prefix;
    uint32_t lex[LEX_SLOTS];
    uint32_t pats_of[27];      /* bit i of [b]: pattern i may start with class bit b */
    uint16_t pairlen[27 * 27]; /* bit n of [a * 27 + b]: a lexicon word of n bytes starts a, b */
    unsigned char lidx[256];   /* letter_index of each byte, read once per word */
    word_pairs hol_single, hol_second; /* the holiday gate's lists, for its first test */
    word_pairs ctx_lower;              /* context_ok's words of time */
    word_pairs dur_adj;                /* both lists of the duration's adjectives */
    word_pairs match_first;            /* sports_sentence's lists */
    word_pairs story_play;             /* sports_story's list */
};

typedef struct trigger {
    const char *w;
    unsigned cls;
} trigger;

/* Every word a pattern or the prefix may start with (hashed in lex_build),
 * and the words that may follow "the" or "a" in one. */
static const trigger triggers[] = {
    {"'ll", C_FUT},
    {"'re", C_FUT | C_BE}, /* "we're voting on it in December": "are" */
    {"a", C_NUMW | C_PW},
    {"a.m", C_CLOCK},
    {"about", C_PREFIX},
    {"academic", C_FISCAL},
    {"additional", C_PREFIX | C_P2},
    {"advent", C_HOL},
    {"aedt", C_CLOCK},
    {"aest", C_CLOCK},
    {"afternoon", C_CLOCK | C_P2},
    {"ago", C_PAST},
    {"aiming", C_FUT}, /* "aiming for an election on September 8" */
    {"airs", C_FUT},
    {"all", C_HOL}, /* All Saints' Day, All Souls' Day */
    {"almost", C_PREFIX},
    {"am", C_CLOCK},
    {"an", C_NUMW | C_PW},
    {"and", C_JOIN},
    {"announced", C_PAST},
    {"annually", C_SET},
    {"another", C_PREFIX | C_NUMW},
    {"anticipate", C_FUT},
    {"anticipates", C_FUT},
    {"anzac", C_HOL},
    {"approximately", C_PREFIX},
    {"apr", C_MONTH},
    {"april", C_MONTH},
    {"are", C_FUT | C_BE},
    {"armistice", C_HOL},
    {"arose", C_PAST},
    {"around", C_PREFIX},
    {"arrives", C_FUT},
    {"as", C_PW},
    {"ascension", C_HOL},
    {"ash", C_HOL},
    {"ashura", C_HOL},
    {"assumption", C_HOL},
    {"at", C_PW},
    {"ate", C_PAST},
    {"aug", C_MONTH},
    {"august", C_MONTH},
    {"australia", C_HOL},
    {"autumn", C_SEASON},
    {"autumns", C_SEASON}, /* two autumns ago */
    {"awoke", C_PAST},
    {"back", C_FOLLOW}, /* the back half of the year */
    {"baisakhi", C_HOL},
    {"bank", C_HOL}, /* the bank holiday weekend */
    {"bastille", C_HOL},
    {"be", C_BE},
    {"became", C_PAST},
    {"been", C_PAST | C_BE},
    {"began", C_PAST},
    {"begin", C_FUT},
    {"beginning", C_PREFIX | C_P2},
    {"begins", C_FUT},
    {"being", C_BE},
    {"better", C_PREFIX | C_P2},
    {"between", C_FROM},
    {"biannually", C_SET},
    {"bimonthly", C_SET},
    {"biweekly", C_SET},
    {"black", C_HOL},
    {"blew", C_PAST},
    {"bonfire", C_HOL},
    {"bonifacio", C_HOL},
    {"bought", C_PAST},
    {"boxing", C_HOL},
    {"broke", C_PAST},
    {"brought", C_PAST},
    {"bst", C_CLOCK},
    {"built", C_PAST},
    {"burns", C_HOL},
    {"calendar", C_FISCAL},
    {"came", C_PAST},
    {"canada", C_HOL},
    {"candlemas", C_HOL},
    {"caught", C_PAST},
    {"cdt", C_CLOCK},
    {"celebrate", C_FUT},
    {"celebrates", C_FUT},
    {"centuries", C_UNIT},
    {"century", C_UNIT},
    {"cest", C_CLOCK},
    {"cet", C_CLOCK},
    {"change", C_FUT},
    {"chanukah", C_HOL},
    {"chinese", C_HOL},
    {"chose", C_PAST},
    {"christmas", C_HOL},
    {"close", C_PREFIX | C_P2 | C_FUT},
    {"closes", C_FUT},
    {"columbus", C_HOL},
    {"comes", C_FUT},
    {"coming", C_REL},
    {"comparable", C_REL},
    {"concludes", C_FUT},
    {"continue", C_FUT},
    {"continues", C_FUT},
    {"convenes", C_FUT},
    {"corresponding", C_REL},
    {"can", C_FUT},
    {"could", C_FUT},
    {"couple", C_NUMW},
    {"crept", C_PAST},
    {"cst", C_CLOCK},
    {"current", C_REL},
    {"currently", C_REFW},
    {"cyber", C_HOL},
    {"daily", C_SET},
    {"dasara", C_HOL},
    {"dawn", C_PREFIX | C_P2 | C_CLOCK},
    {"day", C_UNIT},
    {"daylong", C_SET | C_UNIT},
    {"days", C_UNIT},
    {"debuts", C_FUT},
    {"dec", C_MONTH},
    {"decade", C_UNIT},
    {"decadelong", C_SET | C_UNIT},
    {"decades", C_UNIT},
    {"december", C_MONTH},
    {"deepavali", C_HOL},
    {"departs", C_FUT},
    {"did", C_PAST},
    {"died", C_PAST},
    {"distant", C_REFW},
    {"diwali", C_HOL},
    {"dozen", C_NUMW},
    {"drank", C_PAST},
    {"drew", C_PAST},
    {"drops", C_FUT},
    {"drove", C_PAST},
    {"due", C_FUT},
    {"dug", C_PAST},
    {"dussehra", C_HOL},
    {"each", C_SET},
    {"earlier", C_MOD | C_PREFIX | C_PAST},
    {"early", C_MOD | C_PREFIX | C_P2},
    {"earth", C_HOL},
    {"easter", C_HOL},
    {"edt", C_CLOCK},
    {"eid", C_HOL},
    {"eight", C_NUMW},
    {"eighteen", C_NUMW},
    {"eighteenth", C_ORD},
    {"eighth", C_ORD},
    {"eighties", C_FOLLOW},
    {"eighty", C_NUMW},
    {"election", C_HOL},
    {"eleven", C_NUMW},
    {"eleventh", C_ORD},
    {"end", C_PREFIX | C_P2 | C_FUT},
    {"ends", C_FUT},
    {"entire", C_REL},
    {"epiphany", C_HOL},
    {"est", C_CLOCK},
    {"evening", C_CLOCK | C_P2},
    {"every", C_SET},
    {"expect", C_FUT},
    {"expected", C_FUT},
    {"expects", C_FUT},
    {"expires", C_FUT},
    {"face", C_FUT},
    {"faces", C_FUT},
    {"fall", C_SEASON},  /* the noun only where context_ok says so */
    {"forecast", C_FUT}, /* future_cue: only before "to" */
    {"forecasting", C_FUT},
    {"falls", C_FUT},
    {"father", C_HOL},
    {"father's", C_HOL},
    {"fathers", C_HOL},
    {"feast", C_HOL},
    {"feb", C_MONTH},
    {"february", C_MONTH},
    {"fell", C_PAST},
    {"felt", C_PAST},
    {"ferragosto", C_HOL},
    {"few", C_NUMW},
    {"fewer", C_PW},
    {"fifteen", C_NUMW},
    {"fifteenth", C_ORD},
    {"fifth", C_ORD},
    {"fifties", C_FOLLOW},
    {"fifty", C_NUMW},
    {"final", C_ORD | C_REL},
    {"financial", C_FISCAL},
    {"first", C_ORD},
    {"fiscal", C_FISCAL},
    {"five", C_NUMW},
    {"fled", C_PAST},
    {"flew", C_PAST},
    {"flies", C_FUT},
    {"follow", C_FUT},
    {"following", C_REL},
    {"follows", C_FUT},
    {"foreseeable", C_REFW},
    {"forgot", C_PAST},
    {"forties", C_FOLLOW},
    {"fortnight", C_UNIT},
    {"fortnightly", C_SET},
    {"fortnights", C_UNIT},
    {"forty", C_NUMW},
    {"fought", C_PAST},
    {"found", C_PAST},
    {"four", C_NUMW},
    {"fourteen", C_NUMW},
    {"fourteenth", C_ORD},
    {"fourth", C_ORD | C_HOL}, /* the Fourth of July weekend */
    {"fri", C_WD},
    {"friday", C_WD},
    {"fridays", C_WD},
    {"from", C_FROM},
    {"front", C_FOLLOW},
    {"froze", C_PAST},
    {"full", C_REL},
    {"future", C_REFW},
    {"gandhi", C_HOL},
    {"ganesh", C_HOL},
    {"gave", C_PAST},
    {"gmt", C_CLOCK},
    {"go", C_FUT}, /* "tickets go on sale at 9 a.m. Monday" */
    {"goes", C_FUT},
    {"going", C_FUT},
    {"good", C_HOL},
    {"got", C_PAST},
    {"graduates", C_FUT},
    {"grew", C_PAST},
    {"groundhog", C_HOL},
    {"guy", C_HOL},
    {"had", C_PAST},
    {"half", C_FOLLOW | C_NUMW},
    {"halloween", C_HOL},
    {"hanukkah", C_HOL},
    {"hari", C_HOL}, /* Hari Raya */
    {"heard", C_PAST},
    {"held", C_PAST},
    {"hid", C_PAST},
    {"hkt", C_CLOCK},
    {"hogmanay", C_HOL},
    {"holi", C_HOL},
    {"holiday", C_HOL}, /* the holiday weekend */
    {"holy", C_HOL},
    {"hope", C_FUT}, /* "hopes to restore the system by Wednesday" */
    {"hopes", C_FUT},
    {"hoping", C_FUT},
    {"host", C_FUT},
    {"hosts", C_FUT},
    {"hour", C_UNIT},
    {"hourlong", C_SET | C_UNIT},
    {"hourly", C_SET},
    {"hours", C_UNIT},
    {"hr", C_UNIT},
    {"hrs", C_UNIT | C_CLOCK}, /* "0830 hrs IST": a clock time */
    {"hundred", C_NUMW},
    {"hundreds", C_NUMW},
    {"independence", C_HOL},
    {"initial", C_REL},
    {"is", C_FUT | C_BE},
    {"jamhuri", C_HOL},
    {"jan", C_MONTH},
    {"janmashtami", C_HOL},
    {"january", C_MONTH},
    {"jst", C_CLOCK},
    {"jul", C_MONTH},
    {"july", C_MONTH},
    {"jun", C_MONTH},
    {"june", C_MONTH},
    {"juneteenth", C_HOL},
    {"just", C_PREFIX}, /* just over, just under */
    {"kept", C_PAST},
    {"kick", C_FUT},
    {"kicks", C_FUT},
    {"killed", C_PAST},
    {"king", C_HOL},
    {"kings", C_HOL},
    {"knelt", C_PAST},
    {"knew", C_PAST},
    {"koningsdag", C_HOL},
    {"labor", C_HOL},
    {"labour", C_HOL},
    {"last", C_REL | C_PAST},
    {"lasts", C_FUT},
    {"late", C_MOD | C_PREFIX | C_P2},
    {"lately", C_REFW},
    {"later", C_MOD | C_PREFIX},
    {"latest", C_REL},
    {"launches", C_FUT},
    {"leap", C_HOL},
    {"leapt", C_PAST},
    {"least", C_P2},
    {"leaves", C_FUT},
    {"led", C_PAST},
    {"left", C_PAST},
    {"less", C_PW | C_P2},
    {"let", C_FUT},         /* "let's" */
    {"likely", C_FUT},      /* only before "to", as future_cue says */
    {"little", C_P2},       /* a little over an hour */
    {"long", C_P2 | C_HOL}, /* the long weekend */
    {"longer", C_PW},
    {"lost", C_PAST},
    {"lunar", C_HOL},
    {"madaraka", C_HOL},
    {"made", C_PAST},
    {"maha", C_HOL},
    {"mahashivratri", C_HOL},
    {"makar", C_HOL},
    {"many", C_NUMW | C_P2},
    {"mar", C_MONTH},
    {"march", C_MONTH},
    {"mardi", C_HOL},
    {"martin", C_HOL},
    {"mashujaa", C_HOL},
    {"maundy", C_HOL},
    {"maximum", C_PREFIX | C_P2},
    {"may", C_MONTH | C_FUT | C_HOL},
    {"mdt", C_CLOCK},
    {"meant", C_PAST},
    {"meet", C_FUT},
    {"meets", C_FUT},
    {"memorial", C_HOL},
    {"met", C_PAST},
    {"midafternoon", C_CLOCK},
    {"midday", C_CLOCK},
    {"middle", C_PREFIX | C_P2},
    {"midmorning", C_CLOCK},
    {"midnight", C_CLOCK},
    {"might", C_FUT},
    {"millennia", C_UNIT},
    {"millennium", C_UNIT},
    {"millions", C_NUMW},
    {"minimum", C_PREFIX | C_P2},
    {"mins", C_UNIT},
    {"minute", C_UNIT},
    {"minutes", C_UNIT},
    {"model", C_FISCAL},
    {"mon", C_WD},
    {"monday", C_WD},
    {"mondays", C_WD},
    {"month", C_UNIT},
    {"monthlong", C_SET | C_UNIT},
    {"monthly", C_SET},
    {"months", C_UNIT},
    {"more", C_PW | C_P2},
    {"morning", C_CLOCK | C_P2}, /* "4 in the morning", "the morning of May 2" */
    {"most", C_P2},
    {"mother", C_HOL},
    {"mother's", C_HOL},
    {"mothering", C_HOL},
    {"mothers", C_HOL},
    {"msk", C_CLOCK},
    {"mst", C_CLOCK},
    {"much", C_P2},
    {"multi", C_UNIT}, /* "multi-year": some years */
    {"must", C_FUT},
    {"near", C_REFW},
    {"nearly", C_PREFIX},
    {"new", C_HOL},
    {"next", C_REL | C_FUT},
    {"night", C_UNIT | C_P2},
    {"nightly", C_SET},
    {"nights", C_UNIT},
    {"nine", C_NUMW},
    {"nineteen", C_NUMW},
    {"nineteenth", C_ORD},
    {"nineties", C_FOLLOW},
    {"ninety", C_NUMW},
    {"ninth", C_ORD},
    {"no", C_PW},
    {"noon", C_CLOCK},
    {"not", C_PW},
    {"nov", C_MONTH},
    {"november", C_MONTH},
    {"now", C_REFW},
    {"nowadays", C_REFW},
    {"o'clock", C_CLOCK},
    {"oclock", C_CLOCK},
    {"oct", C_MONTH},
    {"october", C_MONTH},
    {"onam", C_HOL},
    {"once", C_SET},
    {"one", C_NUMW},
    {"only", C_PREFIX},
    {"open", C_FUT},
    {"opens", C_FUT},
    {"or", C_JOIN},
    {"orthodox", C_HOL}, /* Orthodox Easter */
    {"other", C_REL},
    {"outgoing", C_REL},
    {"over", C_PREFIX},
    {"overcame", C_PAST},
    {"overnight", C_DEIC},
    {"overthrew", C_PAST},
    {"overtook", C_PAST},
    {"p.m", C_CLOCK},
    {"paid", C_PAST},
    {"palm", C_HOL},
    {"pancake", C_HOL},
    {"passover", C_HOL},
    {"past", C_REL},
    {"patriots", C_HOL},
    {"pdt", C_CLOCK},
    {"pentecost", C_HOL},
    {"period", C_FOLLOW},
    {"pesach", C_HOL},
    {"plan", C_FUT},
    {"planned", C_PAST},
    {"planning", C_FUT},
    {"plans", C_FUT},
    {"play", C_FUT},
    {"plays", C_FUT},
    {"pm", C_CLOCK},
    {"pongal", C_HOL},
    {"possible", C_FUT}, /* "more storms were possible Sunday night" */
    {"predict", C_FUT},
    {"predicted", C_FUT},
    {"predicts", C_FUT},
    {"premieres", C_FUT},
    {"present", C_REL},
    {"presidents", C_HOL},
    {"previous", C_REL},
    {"prior", C_REL},
    {"projected", C_FUT},
    {"pst", C_CLOCK},
    {"publishes", C_FUT},
    {"purim", C_HOL},
    {"quarter", C_UNIT},
    {"quarterly", C_SET},
    {"quarters", C_UNIT},
    {"raksha", C_HOL},
    {"ram", C_HOL},
    {"ramadan", C_HOL},
    {"ramzan", C_HOL},
    {"ran", C_PAST},
    {"rang", C_PAST},
    {"recent", C_REFW | C_REL},
    {"recently", C_REFW | C_P2},
    {"reconvenes", C_FUT},
    {"releases", C_FUT}, /* "releases June trade figures on Tuesday" */
    {"remainder", C_PREFIX | C_P2},
    {"remaining", C_REL},
    {"remembrance", C_HOL},
    {"reopen", C_FUT},
    {"reopens", C_FUT},
    {"report", C_FUT},
    {"reported", C_PAST},
    {"reports", C_FUT},
    {"rest", C_PREFIX | C_P2},
    {"resume", C_FUT},
    {"resumes", C_FUT},
    {"retires", C_FUT},
    {"returns", C_FUT},
    {"right", C_REFW},
    {"rizal", C_HOL},
    {"rode", C_PAST},
    {"rose", C_PAST},
    {"rosh", C_HOL},
    {"roughly", C_PREFIX},
    {"runs", C_FUT},
    {"said", C_PAST},
    {"saint", C_HOL},
    {"same", C_REL},
    {"sang", C_PAST},
    {"sank", C_PAST},
    {"sankranti", C_HOL},
    {"sat", C_WD | C_PAST},
    {"saturday", C_WD},
    {"saturdays", C_WD},
    {"saw", C_PAST},
    {"says", C_PAST},
    {"scheduled", C_FUT},
    {"school", C_FISCAL},
    {"season", C_SEASON}, /* this season: a sports year */
    {"seasons", C_UNIT},  /* "the past three seasons": sports years */
    {"second", C_ORD},
    {"seconds", C_UNIT},
    {"secs", C_UNIT},
    {"see", C_FUT}, /* "markets see a cut in June": a forecast */
    {"sees", C_FUT},
    {"semiannually", C_SET},
    {"sent", C_PAST},
    {"sep", C_MONTH},
    {"sept", C_MONTH},
    {"september", C_MONTH},
    {"set", C_FUT},
    {"seven", C_NUMW},
    {"seventeen", C_NUMW},
    {"seventeenth", C_ORD},
    {"seventh", C_ORD},
    {"seventies", C_FOLLOW},
    {"seventy", C_NUMW},
    {"several", C_NUMW},
    {"sgt", C_CLOCK},
    {"shall", C_FUT},
    {"shavuot", C_HOL},
    {"shook", C_PAST},
    {"shorter", C_PW},
    {"should", C_FUT},
    {"shrank", C_PAST},
    {"shrove", C_HOL},
    {"single", C_REL}, /* a single day: one, said with weight */
    {"six", C_NUMW},
    {"sixteen", C_NUMW},
    {"sixteenth", C_ORD},
    {"sixth", C_ORD},
    {"sixties", C_FOLLOW},
    {"sixty", C_NUMW},
    {"slated", C_FUT},
    {"slept", C_PAST},
    {"slid", C_PAST},
    {"sold", C_PAST},
    {"some", C_NUMW | C_PREFIX},
    {"soon", C_FUT},
    {"sought", C_PAST},
    {"spent", C_PAST},
    {"spoke", C_PAST},
    {"sprang", C_PAST},
    {"spring", C_SEASON | C_HOL}, /* and the Spring Festival, the Lunar New Year */
    {"st", C_HOL},
    {"start", C_PREFIX | C_P2 | C_FUT},
    {"starts", C_FUT},
    {"stole", C_PAST},
    {"stood", C_PAST},
    {"strode", C_PAST},
    {"struck", C_PAST},
    {"stung", C_PAST},
    {"sukkot", C_HOL},
    {"summer", C_SEASON},
    {"summers", C_SEASON},
    {"sun", C_WD},
    {"sunday", C_WD},
    {"sundays", C_WD},
    {"swam", C_PAST},
    {"swept", C_PAST},
    {"swore", C_PAST},
    {"swung", C_PAST},
    {"take", C_FUT},
    {"takes", C_FUT},
    {"taught", C_PAST},
    {"tax", C_FISCAL},
    {"ten", C_NUMW},
    {"tenth", C_ORD},
    {"testifies", C_FUT},
    {"than", C_P2},
    {"thanksgiving", C_HOL},
    {"that", C_REL},
    {"the", C_THE | C_PW},
    {"these", C_REFW},
    {"third", C_ORD},
    {"thirteen", C_NUMW},
    {"thirteenth", C_ORD},
    {"thirties", C_FOLLOW},
    {"thirtieth", C_ORD},
    {"thirty", C_NUMW},
    {"thirty-first", C_ORD},
    {"this", C_REL},
    {"thought", C_PAST},
    {"thousand", C_NUMW},
    {"thousands", C_NUMW},
    {"three", C_NUMW | C_HOL},
    {"threw", C_PAST},
    {"thrice", C_SET},
    {"thu", C_WD},
    {"thur", C_WD},
    {"thurs", C_WD},
    {"thursday", C_WD},
    {"thursdays", C_WD},
    {"time", C_UNIT | C_FOLLOW}, /* for some time */
    {"times", C_FOLLOW},
    {"tips", C_FUT},
    {"to", C_P2 | C_JOIN},
    {"today", C_DEIC},
    {"told", C_PAST},
    {"tomorrow", C_DEIC | C_FUT},
    {"tonight", C_DEIC},
    {"took", C_PAST},
    {"tore", C_PAST},
    {"trailing", C_REL},
    {"travels", C_FUT},
    {"trinity", C_HOL},
    {"tue", C_WD},
    {"tues", C_WD},
    {"tuesday", C_WD},
    {"tuesdays", C_WD},
    {"turn", C_PREFIX | C_P2},
    {"twelfth", C_ORD},
    {"twelve", C_NUMW},
    {"twenties", C_FOLLOW},
    {"twentieth", C_ORD},
    {"twenty", C_NUMW},
    {"twenty-eighth", C_ORD},
    {"twenty-fifth", C_ORD},
    {"twenty-first", C_ORD},
    {"twenty-fourth", C_ORD},
    {"twenty-ninth", C_ORD},
    {"twenty-second", C_ORD},
    {"twenty-seventh", C_ORD},
    {"twenty-sixth", C_ORD},
    {"twenty-third", C_ORD},
    {"twice", C_SET},
    {"two", C_NUMW},
    {"under", C_PREFIX},
    {"undertook", C_PAST},
    {"underwent", C_PAST},
    {"unlikely", C_FUT},
    {"until", C_P2},
    {"up", C_PW},
    {"upcoming", C_REL | C_FUT},
    {"upheld", C_PAST},
    {"utc", C_CLOCK},
    {"vaisakhi", C_HOL},
    {"valentine", C_HOL},
    {"very", C_PREFIX | C_P2},
    {"veterans", C_HOL},
    {"victoria", C_HOL},
    {"vote", C_FUT},
    {"waitangi", C_HOL},
    {"was", C_PAST},
    {"wed", C_WD},
    {"wednesday", C_WD},
    {"wednesdays", C_WD},
    {"week", C_UNIT},
    {"weekend", C_UNIT},
    {"weekends", C_UNIT | C_SET}, /* "open on weekends", a set */
    {"weeklong", C_SET | C_UNIT},
    {"weekly", C_SET},
    {"weeks", C_UNIT},
    {"went", C_PAST},
    {"wept", C_PAST},
    {"were", C_PAST},
    {"while", C_UNIT | C_FOLLOW}, /* after a while */
    {"whit", C_HOL},
    {"whitsun", C_HOL},
    {"whitsunday", C_HOL},
    {"whole", C_REL},
    {"will", C_FUT},
    {"winter", C_SEASON},
    {"winters", C_SEASON},
    {"withdrew", C_PAST},
    {"withheld", C_PAST},
    {"within", C_PREFIX},
    {"wo", C_FUT},
    {"woke", C_PAST},
    {"won", C_PAST},
    {"wore", C_PAST},
    {"would", C_FUT},
    {"wraps", C_FUT},
    {"wrote", C_PAST},
    {"year", C_UNIT},
    {"yearlong", C_SET | C_UNIT},
    {"yearly", C_SET},
    {"years", C_UNIT},
    {"yesterday", C_DEIC | C_PAST},
    {"yom", C_HOL},
    {"yr", C_UNIT},
    {"yrs", C_UNIT},
};
_Static_assert(sizeof triggers / sizeof triggers[0] * 3 < LEX_SLOTS,
               "the lexicon's hash stays sparse");
_Static_assert(sizeof triggers / sizeof triggers[0] < LEX_IDX_MASK,
               "a lexicon slot holds 1 + the index of its word");

/* A possessive's tokens: "Monday's", "Monday\u2019s". */
static const char *const possessive[] = {"'s", "\u2019s", NULL};

static char lower_ascii(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

/* A hash of a word, folded to lower case, from its length and four
 * letters: cheap, with no pass over the word; lex_lookup compares the whole
 * word anyway. */
static uint32_t lex_hash(const char *w, size_t n)
{
    /* | 0x20 folds the case of a letter and keeps the other bytes of a
     * lexicon word (', ., digits) as they are */
    uint32_t a = (unsigned char)w[0] | 0x20u, b = n > 1 ? (unsigned char)w[1] | 0x20u : 0,
             y = n > 2 ? (unsigned char)w[n - 2] | 0x20u : 0, z = (unsigned char)w[n - 1] | 0x20u;
    uint32_t h = (uint32_t)n * 0x9E3779B1u ^ a * 0x85EBCA77u ^ b * 0xC2B2AE3Du ^ y * 0x27D4EB2Fu ^
                 z * 0x165667B1u;
    return h ^ (h >> 15);
}

static void lex_build(ns_dates *d)
{
    for (unsigned c = 0; c < 256; c++)
        d->lidx[c] = (unsigned char)letter_index((char)c);
    for (size_t i = 0; i < sizeof triggers / sizeof triggers[0]; i++) {
        const char *w = triggers[i].w;
        size_t n = strlen(w);
        if (n < 16) /* no longer word can be found */
            d->pairlen[letter_index(w[0]) * 27 + letter_index(w[0] ? w[1] : 0)] |=
                (uint16_t)(1u << n);
    }
    d->pairlen[('m' - 'a') * 27 + ('i' - 'a')] |= 1u << 3; /* mid */
    for (size_t i = 0; i < sizeof triggers / sizeof triggers[0]; i++) {
        uint32_t full = lex_hash(triggers[i].w, strlen(triggers[i].w));
        uint32_t h = full & (LEX_SLOTS - 1);
        while (d->lex[h])
            h = (h + 1) & (LEX_SLOTS - 1);
        d->lex[h] = (full & ~LEX_IDX_MASK) | (uint32_t)(i + 1);
    }
}

/* The classes of the n-byte word w, in any case (n >= 1). Inline: half the
 * words of a text reach it from the class loop, whose locals a call would
 * spill and reload each time. */
__attribute__((always_inline)) static inline unsigned lex_lookup(const ns_dates *d, const char *w,
                                                                 size_t n)
{
    uint32_t full = lex_hash(w, n), tag = full & ~LEX_IDX_MASK;
    uint32_t h = full & (LEX_SLOTS - 1), e;
    while ((e = d->lex[h]) != 0) {
        if ((e & ~LEX_IDX_MASK) == tag) {
            const trigger *tr = &triggers[(e & LEX_IDX_MASK) - 1];
            const char *t = tr->w;
            size_t i = 0;
            while (i < n && t[i] == (char)(w[i] | 0x20))
                i++;
            if (i == n && t[n] == 0)
                return tr->cls;
        }
        h = (h + 1) & (LEX_SLOTS - 1);
    }
    return 0;
}

int ns_dates_new(const ns_mem *mem, ns_dates **out, newsent_error *err)
{
    *out = NULL;
    ns_dates *d = ns_calloc(mem, 1, sizeof *d);
    if (!d)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    int rc = ns_regex_env_init(&d->env, mem, err);
    if (rc != NEWSENT_OK) {
        ns_free(mem, d);
        return rc;
    }
    const uint32_t opts = PCRE2_ANCHORED | PCRE2_CASELESS;
    for (size_t i = 0; i < NS_DP_COUNT && rc == NEWSENT_OK; i++)
        rc = ns_regex_compile(&d->env, ns_date_patterns[i].re, opts, &d->pat[i], err);
    if (rc == NEWSENT_OK)
        rc = ns_regex_compile(&d->env, ns_date_prefix_re, opts, &d->prefix, err);
    if (rc != NEWSENT_OK) {
        ns_dates_free(mem, d);
        return rc;
    }
    lex_build(d);
    pairs_add(&d->hol_single, holiday_single);
    pairs_add(&d->hol_second, holiday_second);
    pairs_add(&d->ctx_lower, ctx_lower);
    pairs_add(&d->dur_adj, dur_adj_unit);
    pairs_add(&d->dur_adj, dur_adj_count);
    pairs_add(&d->match_first, match_play);
    pairs_add(&d->match_first, match_sent);
    pairs_add(&d->match_first, match_colour);
    pairs_add(&d->match_first, match_led);
    pairs_add(&d->story_play, story_play);
    for (int i = 0; i < NS_DP_COUNT; i++)
        for (unsigned b = 0; b < 27; b++)
            if (ns_date_patterns[i].starts & (1u << b))
                d->pats_of[b] |= 1u << i;
    *out = d;
    return NEWSENT_OK;
}

void ns_dates_free(const ns_mem *mem, ns_dates *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < NS_DP_COUNT; i++)
        pcre2_code_free(d->pat[i]);
    pcre2_code_free(d->prefix);
    ns_regex_env_free(&d->env);
    ns_free(mem, d);
}

/* The token's text in lower case, without a final period; "" if too long. */
static void lower_word(const ns_doc *doc, const ns_token *t, char *buf, size_t cap)
{
    size_t n = t->end - t->start;
    const char *s = doc->text + t->start;
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n >= cap) {
        buf[0] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    buf[n] = 0;
}

/* The kind of a number token, by the characters it is made of. */
static unsigned number_shape(const char *s, size_t n)
{
    size_t digits = 0;
    unsigned cls = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c == ':')
            cls |= C_NCLK;
        else if (c == '/')
            cls |= C_NSLASH;
        else if (c == '-')
            cls |= i == 4 && digits == 4 ? C_NISO | C_NSEP : C_NSEP;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'')
            cls |= C_NLET;
    }
    if (n >= 3 && ((s[n - 2] | 0x20) == 'a' || (s[n - 2] | 0x20) == 'p') &&
        (s[n - 1] | 0x20) == 'm')
        cls |= C_NCLK; /* 3pm */
    /* 31.03.2015: a date as much of the world writes it, day first; and
     * 05-11-2024, dashed as Indian and some European pages write it (either
     * order, as a slashed date) */
    if (n == 10 && (s[2] == '.' || s[2] == '-') && s[5] == s[2] && digits == 8)
        return C_NSLASH;
    /* 2023/24, 1999/2000: a season or fiscal year, not a slashed date */
    if (cls == C_NSLASH && (n == 7 || n == 9) && s[4] == '/' && digits == n - 1 &&
        (s[0] == '1' || s[0] == '2'))
        return C_N4;
    if (cls)
        return cls;
    if (digits == 4 && n == 4 && (s[0] == '1' || s[0] == '2'))
        return C_N4;
    return C_NUM;
}

/* The classes of a word's letters (n <= 16, no final period). Inline: it
 * runs for every word of the text, and most words leave it at the first
 * test. */
__attribute__((always_inline)) static inline unsigned
letter_classes(const ns_dates *d, const char *s, size_t n, int hyphen);

/* The word classes of a token (0: no pattern starts here). */
static unsigned word_classes(const ns_dates *d, const ns_doc *doc, const ns_token *t)
{
    unsigned char c = (unsigned char)doc->text[t->start];
    if (c >= '0' && c <= '9')
        return number_shape(doc->text + t->start, t->end - t->start);
    if (c == '\'' && t->end - t->start >= 3 && doc->text[t->start + 1] >= '0' &&
        doc->text[t->start + 1] <= '9')
        return C_NLET; /* '90s, '98 */
    if (t->kind == NS_TOK_PUNCT) {
        /* a dash or an apostrophe between a number word and a date word */
        size_t pn = t->end - t->start;
        return (pn == 1 && (c == '-' || c == '\'')) || (pn == 3 && c == 0xe2) ? C_JOIN : 0;
    }
    size_t n = t->end - t->start;
    const char *s = doc->text + t->start;
    if (t->kind == NS_TOK_CLITIC && c == 0xe2 && n > 3 && n < 8) {
        /* a clitic takes its classes from the lexicon as a word does ("He'll
         * be there on Friday": the "'ll" of "will"), a typographic
         * apostrophe read as the ASCII one */
        char w[6] = "'";
        memcpy(w + 1, s + 3, n - 3);
        return letter_classes(d, w, n - 2, 0);
    }
    if (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV && t->kind != NS_TOK_CLITIC)
        return 0;
    /* a hyphenated word is read by its first part: "two-and-a-half-year" */
    if (n > 16 && !(t->flags & NS_TF_HAS_HYPHEN))
        return 0;
    if (s[n - 1] == '.')
        n--; /* Aug. */
    return letter_classes(d, s, n, (t->flags & NS_TF_HAS_HYPHEN) != 0);
}

static inline unsigned letter_classes(const ns_dates *d, const char *s, size_t n, int hyphen)
{
    /* the part up to a hyphen: third-quarter, year-earlier */
    const char *hy = hyphen ? memchr(s, '-', n) : NULL;
    size_t len = hy ? (size_t)(hy - s) : n;
    if (len == 0 || len >= 16)
        return 0;
    /* most words of a text share no first two letters and length with a
     * word of the lexicon */
    unsigned char c0 = (unsigned char)s[0], c1 = len > 1 ? (unsigned char)s[1] : 0;
    if (!(d->pairlen[d->lidx[c0] * 27 + d->lidx[c1]] & (1u << len))) {
        char l0 = lower_ascii(s[0]), l1 = len > 1 ? lower_ascii(s[1]) : 0;
        /* no lexicon word starts with a letter and a digit, or "fy" */
        if ((l0 == 'q' || l0 == 'h') && l1 >= '1' && l1 <= '4' && len <= 6)
            return C_Q; /* Q3, H1, Q3'24 */
        if (l0 == 'f' && l1 == 'y' && (len == 2 || (s[2] >= '0' && s[2] <= '9') || s[2] == '\''))
            return C_FISCAL; /* FY2024 */
        return 0;
    }
    if (len == 3 && lower_ascii(s[0]) == 'm' && lower_ascii(s[1]) == 'i' &&
        lower_ascii(s[2]) == 'd')
        return C_PREFIX | C_MOD; /* mid-1990s, mid-November */
    return lex_lookup(d, s, len);
}

/* The classes of the parts after the first of a hyphenated token: "90-day"
 * hides a unit, "third-quarter" a unit, "mid-March" a month; "3-6" and
 * "1996-08-22" hide nothing a pattern needs a word for. */
static unsigned hyphen_part_classes(const ns_dates *d, const ns_doc *doc, const ns_token *t)
{
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start, i = 0;
    unsigned cls = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '-') {
            if ((unsigned char)s[j] >= 0x80)
                return ~0u; /* another dash: allow every pattern */
            j++;
        }
        if (i > 0 && j > i) {
            size_t m = j - i;
            if (s[i] >= '0' && s[i] <= '9')
                cls |= number_shape(s + i, m);
            else if (m <= 16)
                cls |= letter_classes(d, s + i, s[j - 1] == '.' ? m - 1 : m, 0);
            /* "a 30-second spot": the ordinal's word is a unit here */
            if (m == 6 && i > 1 && s[i - 2] >= '0' && s[i - 2] <= '9' && (s[i] | 0x20) == 's' &&
                memcmp(s + i + 1, "econd", 5) == 0)
                cls |= C_UNIT;
        }
        i = j + 1;
    }
    return cls;
}

/* Whether s[0..n) is two numbers of one to three digits joined by a hyphen,
 * as a score is written: "2-1", "270-5". */
static int score_shape(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i < 1 || i > 3 || i + 1 >= n || s[i] != '-')
        return 0;
    size_t j = i + 1;
    while (j < n && s[j] >= '0' && s[j] <= '9')
        j++;
    return j == n && j - i - 1 <= 3;
}

/* The classes a token starts patterns with, after cheap context checks:
 * "the", "a" and plain numbers matter only before another date word. */
static char first_lower(const ns_doc *doc, size_t k);

/* Whether "in the morning/afternoon/evening" or "at night" starts at token
 * k. */
static int in_the_pod(const ns_doc *doc, size_t k)
{
    static const char *const in[] = {"in", NULL}, *const the[] = {"the", NULL};
    static const char *const pods[] = {"morning", "afternoon", "evening", NULL};
    static const char *const at[] = {"at", NULL}, *const night[] = {"night", NULL};
    /* (asked after most numbers and number words: the first letter
     * answers for most tokens) */
    char c = first_lower(doc, k);
    return (c == 'i' && ns_doc_word_is(doc, k, in) && ns_doc_word_is(doc, k + 1, the) &&
            ns_doc_word_is(doc, k + 2, pods)) ||
           (c == 'a' && ns_doc_word_is(doc, k, at) && ns_doc_word_is(doc, k + 1, night));
}

/* Whether token k is an hour of the clock face: 1 to 12 in digits or words. */
static int clock_hour(const ns_doc *doc, size_t k)
{
    static const char *const hours[] = {"one",    "two",    "three", "four", "five",
                                        "six",    "seven",  "eight", "nine", "ten",
                                        "eleven", "twelve", NULL};
    if (k >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1 && s[0] >= '1' && s[0] <= '9')
        return 1;
    if (n == 2 && s[0] == '1' && s[1] >= '0' && s[1] <= '2')
        return 1;
    return ns_doc_word_is(doc, k, hours);
}

/* Whether token k is the "half" or "quarter" of a spoken clock time ("half
 * past nine", "a quarter to six") or the "night" of one ("eleven at
 * night"): a clock word, which the time pattern needs to see. */
static int spoken_clock(const ns_doc *doc, size_t k)
{
    static const char *const half[] = {"half", "quarter", NULL};
    static const char *const past_to[] = {"past", "to", NULL};
    static const char *const night[] = {"night", NULL};
    /* (asked of every number word and unit: the first letter answers for
     * most) */
    char c = first_lower(doc, k);
    if ((c == 'h' || c == 'q') && ns_doc_word_is(doc, k, half))
        return ns_doc_word_is(doc, k + 1, past_to) && clock_hour(doc, k + 2);
    return c == 'n' && k > 1 && ns_doc_word_is(doc, k, night) && in_the_pod(doc, k - 1) &&
           clock_hour(doc, k - 2);
}

/* Whether "local time" starts at token k: "1100 local time". */
static int local_time(const ns_doc *doc, size_t k)
{
    static const char *const local[] = {"local", NULL}, *const time[] = {"time", NULL};
    return ns_doc_word_is(doc, k, local) && ns_doc_word_is(doc, k + 1, time);
}

/* Whether token k is "hours" after a four-digit number: "at 2200 hours". */
static int military_hours(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    static const char *const hours[] = {"hours", NULL};
    return k > 0 && doc->toks.v[k - 1].end - doc->toks.v[k - 1].start == 4 &&
           (wc[k - 1] & C_ANYNUM) && ns_doc_word_is(doc, k, hours);
}

/* Whether a fiscal word stands among tokens k..klast: "the last fiscal year". */
static int has_fiscal(const uint32_t *wc, const ns_doc *doc, size_t k, size_t klast)
{
    for (size_t j = k; j <= klast && j < doc->toks.n; j++)
        if (wc[j] & C_FISCAL)
            return 1;
    return 0;
}

/* "16 consecutive days", "three straight weeks", "10 more days", "five
 * business days": a count, a word that qualifies the unit and a unit from
 * token k + 1. */
static int row_of_units(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    static const char *const row[] = {
        "consecutive", "straight", "successive", "more",     "additional", "extra", "further",
        "business",    "working",  "trading",    "calendar", "shopping",   NULL};
    /* (the unit first: the list is long, and most counts have none after
     * them) */
    return k + 1 < doc->toks.n && (wc[k + 1] & C_UNIT) && ns_doc_word_is(doc, k, row);
}

static int lex_month(const ns_doc *doc, size_t k);
static int lex_is_month(const ns_doc *doc, size_t k);
static int lex_is_weekday(const ns_doc *doc, size_t k);

/* "earlier in the week", "later in the day", "later in 1996", "later in
 * September": a prefix of two or three words. */
static int placed_in(const ns_doc *doc, size_t k)
{
    static const char *const placed[] = {"earlier", "later", NULL};
    static const char *const in[] = {"in", NULL}, *const the[] = {"the", NULL};
    static const char *const units[] = {"day", "week", "month", "year", NULL};
    if (!ns_doc_word_is(doc, k, placed) || !ns_doc_word_is(doc, k + 1, in))
        return 0;
    if (k + 2 < doc->toks.n && doc->toks.v[k + 2].kind == NS_TOK_NUMBER &&
        doc->toks.v[k + 2].end - doc->toks.v[k + 2].start == 4)
        return 1; /* later in 1996 */
    if (lex_month(doc, k + 2))
        return 1; /* later in September */
    return ns_doc_word_is(doc, k + 2, the) && ns_doc_word_is(doc, k + 3, units);
}

/* "the coldest night of the year so far": the period still running */
static int so_far(const ns_doc *doc, size_t k)
{
    static const char *const so[] = {"so", NULL}, *const far[] = {"far", NULL};
    static const char *const to[] = {"to", NULL}, *const date[] = {"date", NULL};
    return (ns_doc_word_is(doc, k, so) && ns_doc_word_is(doc, k + 1, far)) ||
           (ns_doc_word_is(doc, k, to) && ns_doc_word_is(doc, k + 1, date));
}

/* "Fourth-quarter results are due on Thursday", said in February: results
 * still to come are those of the quarter just ended, not of the next one
 * that bears its name. Only the last completed quarter, and only before a
 * noun of results, so "growth in the fourth quarter" still looks ahead. */
static int reported_quarter(const ns_doc *doc, const ns_timex_parse *p, size_t klast)
{
    static const char *const results[] = {"results",  "earnings", "profit", "profits", "revenue",
                                          "revenues", "sales",    "loss",   "losses",  "figures",
                                          "numbers",  "report",   "income", NULL};
    if (p->kind != NS_TX_CAL || !p->quarter || p->year || doc->ref_month < 1 || doc->ref_month > 12)
        return 0;
    int rq = (doc->ref_month - 1) / 3 + 1;
    return p->quarter == (rq == 1 ? 4 : rq - 1) && ns_doc_word_is(doc, klast + 1, results);
}

/* Whether "close to" and a count start at token k: "for close to two
 * hours". */
static int close_to_count(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    static const char *const close[] = {"close", NULL}, *const to[] = {"to", NULL};
    return k + 2 < doc->toks.n && (wc[k + 2] & (C_ANYNUM | C_NUMW)) &&
           ns_doc_word_is(doc, k, close) && ns_doc_word_is(doc, k + 1, to);
}

static unsigned candidate_classes(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    const ns_token *t = &doc->toks.v[k];
    unsigned cls = wc[k] & C_STARTS;
    if (!cls) {
        /* "the 1960s and '70s": an apostrophe the tokenizer split off a
         * decade starts one */
        const ns_token *u = k + 1 < doc->toks.n ? &doc->toks.v[k + 1] : NULL;
        const char *d = u ? doc->text + u->start : NULL;
        if ((wc[k] & C_JOIN) && doc->text[t->start] != '-' && u && u->start == t->end &&
            u->end - u->start == 3 && d[0] >= '1' && d[0] <= '9' && d[1] == '0' && d[2] == 's')
            return C_NLET;
        /* "in '91": the same apostrophe before a two-digit year */
        if ((wc[k] & C_JOIN) && doc->text[t->start] != '-' && u && u->start == t->end &&
            u->end - u->start == 2 && d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9')
            return C_NLET;
        return 0;
    }
    unsigned next = k + 1 < doc->toks.n ? wc[k + 1] : 0;
    /* a score or a tally, "2-1", "270-5", with no word after it to make it
     * a range of days or hours: nothing starts here (sports pages are full
     * of them) */
    if (cls == C_NSEP && !(next & C_STARTS) && score_shape(doc->text + t->start, t->end - t->start))
        return 0;
    if (cls & C_FROM) {
        /* from, between: only before a month, weekday, number or "the" */
        unsigned after = next;
        if ((next & C_THE) && k + 2 < doc->toks.n)
            after = wc[k + 2] | (next & ~C_THE);
        if (!(after & (C_MONTH | C_WD | C_ANYNUM | C_FISCAL | C_ORD | C_UNIT)))
            cls &= ~C_FROM;
    }
    /* "time" and "while" are units for the windows of "for some time" and
     * "after a while", which start before them; no pattern starts at them */
    static const char *const inner_units[] = {"time", "while", NULL};
    if ((cls & C_UNIT) && !(t->flags & NS_TF_HAS_HYPHEN) && ns_doc_word_is(doc, k, inner_units))
        cls &= ~(unsigned)(C_UNIT | C_FOLLOW);
    if (cls == C_UNIT && !(t->flags & NS_TF_HAS_HYPHEN)) {
        /* a bare unit starts only "year ago", "year's end" and, after
         * for/over/within/in, take/wait/spend/last/need/lose, "not" or
         * "after", or "back" ("goes back decades"), "years" */
        static const char *const after[] = {"ago", "earlier", "'s", "end", "to", NULL};
        static const char *const before[] = {
            "for",    "over",    "within", "in",     "take",   "takes",  "took",  "taken",
            "taking", "wait",    "waits",  "waited", "spend",  "spends", "spent", "lasted",
            "lasts",  "waiting", "need",   "needs",  "needed", "gone",   "went",  "lost",
            "not",    "after",   "back",   "add",    "adds",   "added",  "only",  NULL};
        static const char *const the[] = {"the", NULL};
        static const char *const around[] = {"before", "after",   "following", "that",
                                             "since",  "leading", NULL};
        /* "weeks after German troops entered", "months of street protests",
         * "hours away", "months behind schedule", "days in advance" */
        static const char *const some[] = {"seconds", "minutes", "hours",   "days",      "weeks",
                                           "months",  "years",   "decades", "centuries", NULL};
        static const char *const then[] = {"after", "before", "later", "earlier", "of",
                                           "away",  "behind", "in",    NULL};
        if (!ns_doc_word_is(doc, k + 1, after) && !(k > 0 && ns_doc_word_is(doc, k - 1, before)) &&
            !(k > 0 && ns_doc_word_is(doc, k - 1, the) && ns_doc_word_is(doc, k + 1, around)) &&
            !(ns_doc_word_is(doc, k, some) && ns_doc_word_is(doc, k + 1, then)))
            return 0;
    }
    if (!cls)
        return 0;
    if (cls == C_NUM) {
        /* 1,200 or 45.5 or 737: a date only if a date word follows, or
         * a half: 2 1/2 years */
        if (next & (C_STARTS & ~(C_ANYNUM | C_PW)))
            return cls;
        if (in_the_pod(doc, k + 1) || row_of_units(wc, doc, k + 1))
            return cls; /* 4 in the morning, 16 consecutive days */
        static const char *const big[] = {"million", "billion", NULL};
        static const char *const years[] = {"years", NULL};
        char b = first_lower(doc, k + 1); /* (most counts are of no million) */
        if ((b == 'm' || b == 'b') && ns_doc_word_is(doc, k + 1, big) &&
            ns_doc_word_is(doc, k + 2, years))
            return cls; /* 66 million years ago */
        /* from 5 to 6 pm; 10 to 12 weeks, a duration range */
        if ((next & C_JOIN) && k + 3 < doc->toks.n && (wc[k + 2] & C_ANYNUM) &&
            ((wc[k + 2] & C_NCLK) || (wc[k + 3] & (C_CLOCK | C_UNIT))))
            return cls;
        const ns_token *u = k + 1 < doc->toks.n ? &doc->toks.v[k + 1] : NULL;
        return u && u->end - u->start == 3 && memcmp(doc->text + u->start, "1/2", 3) == 0 ? cls : 0;
    }
    if (cls & C_PW) {
        /* the, a, at, more: a modifier only as "the end of", "at least" */
        cls &= ~C_PW;
        if (next & C_P2)
            cls |= C_PREFIX;
        /* the last day of the month, the first day of next year (the word
         * tests only after an ordinal or "last", as "the" is common) */
        static const char *const ends[] = {"first", "last", "final", NULL};
        static const char *const day_w[] = {"day", NULL}, *const of_w[] = {"of", NULL};
        if ((next & (C_ORD | C_REL)) && ns_doc_word_is(doc, k + 1, ends) &&
            ns_doc_word_is(doc, k + 2, day_w) && ns_doc_word_is(doc, k + 3, of_w))
            cls |= C_PREFIX;
        static const char *const at[] = {"at", NULL}, *const present[] = {"present", NULL};
        static const char *const the[] = {"the", NULL}, *const term[] = {"term", NULL};
        static const char *const span[] = {"short", "long", NULL};
        /* (the, a, at: the first letter tells them apart) */
        char c = first_lower(doc, k);
        if (c == 'a' && ns_doc_word_is(doc, k, at) && ns_doc_word_is(doc, k + 1, present))
            cls |= C_REFW;                 /* at present */
        char c1 = first_lower(doc, k + 1); /* (short, long: rarely after "the") */
        if (c == 't' && (c1 == 's' || c1 == 'l') && ns_doc_word_is(doc, k, the) &&
            ns_doc_word_is(doc, k + 1, span) && ns_doc_word_is(doc, k + 2, term))
            cls |= C_REFW; /* the short term */
    } else if ((cls & C_PREFIX) && !(next & C_STARTS) && !(t->flags & NS_TF_HAS_HYPHEN) &&
               !placed_in(doc, k) && !close_to_count(wc, doc, k)) {
        cls &= ~C_PREFIX; /* about, early: only before a date word or number */
    }
    if ((cls & (C_THE | C_NUMW)) && !(t->flags & NS_TF_HAS_HYPHEN)) {
        /* the, a, four: only before a word of the lexicon or a number;
         * "four to five weeks" and "the '80s" look one token further */
        unsigned strong = cls & ~(C_THE | C_NUMW | C_PREFIX);
        size_t j = k + 1;
        if (j < doc->toks.n && (wc[j] & C_JOIN))
            j++;
        /* "millions of years ago" */
        static const char *const of[] = {"of", NULL};
        int of_units = (cls & C_NUMW) && ns_doc_word_is(doc, k + 1, of) && k + 2 < doc->toks.n &&
                       (wc[k + 2] & C_UNIT);
        /* "a matter of weeks" */
        static const char *const matter[] = {"matter", NULL};
        if ((cls & C_NUMW) && k + 3 < doc->toks.n && (wc[k + 3] & C_UNIT) &&
            ns_doc_word_is(doc, k + 1, matter) && ns_doc_word_is(doc, k + 2, of))
            of_units = 1;
        if (!strong && !(j < doc->toks.n && (wc[j] & (C_STARTS | C_FOLLOW))) && !of_units &&
            !((cls & C_NUMW) && (in_the_pod(doc, k + 1) || row_of_units(wc, doc, k + 1))))
            return cls & C_PREFIX; /* still a modifier: "the end of" */
    }
    return cls;
}

/* The index of the token that ends exactly at byte e, or SIZE_MAX. */
static size_t token_ending_at(const ns_doc *doc, size_t from, size_t e)
{
    for (size_t k = from; k < doc->toks.n; k++) {
        if (doc->toks.v[k].end == e)
            return k;
        if (doc->toks.v[k].end > e)
            break;
    }
    return SIZE_MAX;
}

static const char *const preps[] = {
    "in",   "of",      "since", "until", "till",      "by",   "early",  "late",       "mid",
    "last", "next",    "this",  "from",  "through",   "to",   "before", "after",      "during",
    "on",   "between", "and",   "or",    "that",      "each", "every",  "throughout", "around",
    "for",  "into",    "over",  "end",   "beginning", NULL};
/* Nouns a number counts rather than dates: "2000 people" is no year. */
static const char *const counted[] = {
    "people", "persons", "troops", "soldiers", "men", "women", "children", "students", "workers",
    "jobs", "employees", "votes", "seats", "units", "cars", "vehicles", "homes", "houses", "tons",
    "tonnes", "barrels", "shares", "dollars", "euros", "pounds", "yen", "points", "miles",
    "kilometres", "kilometers", "km", "metres", "meters", "feet", "acres", "hectares", "pages",
    "words", "calories", "deaths", "cases", "copies", "members", "residents", "visitors", "fans",
    "delegates", "yards", "hp", "kg", "mg", "percent", "%", "per", "patients", "cents", "rubles",
    "dead", "refugees", "officers", "police", "acres", "flights", "passengers", "planes",
    "aircraft", "guns", "missiles", "lb", "lbs", "m", "ft", "degrees",
    /* "the 1166 helpline": a number to call */
    "helpline", "hotline", NULL};
static const char *const money[] = {"$",      "£",      "€",     "¥",    "no",   "#",
                                    "number", "flight", "route", "room", "page", "rs",
                                    "us$",    "a$",     "c$",    "code", NULL};

/* The hedges an amount may take: "a roll of almost 1900", "in less than
 * an hour". */
static const char *const amount_hedges[] = {"than", "about",   "around", "nearly", "almost",
                                            "over", "under",   "least",  "most",   "just",
                                            "some", "roughly", NULL};

/* Whether the number at k is the amount "a roll of", "a total of", "a
 * crowd of" names ("a roll of almost 1900"): a count, not a year ("the
 * population of 1900" may be that year's). */
static int amount_of(const ns_doc *doc, size_t k)
{
    static const char *const amounts[] = {
        "roll",       "total",      "crowd",   "population", "tally",  "capacity", "attendance",
        "enrolment",  "enrollment", "turnout", "count",      "sum",    "fleet",    "workforce",
        "membership", "maximum",    "minimum", "average",    "budget", NULL};
    static const char *const of[] = {"of", NULL}, *const a[] = {"a", "an", NULL};
    /* ("of" first: the test runs at every year, and "of" is rare before one) */
    if (k >= 3 && ns_doc_word_is(doc, k - 1, of))
        ;
    else if (k >= 4 && ns_doc_word_is(doc, k - 2, of) && ns_doc_word_is(doc, k - 1, amount_hedges))
        k--;
    else
        return 0;
    return ns_doc_word_is(doc, k - 2, amounts) && ns_doc_word_is(doc, k - 3, a);
}

/* Whether the -ed word at k is an adjective: after an article, a possessive
 * or a number ("a revised timetable", "29 delayed jets"). */
static int attributive(const ns_doc *doc, size_t k)
{
    static const char *const dets[] = {"a",    "an",    "the",     "its",   "their", "his",
                                       "her",  "our",   "this",    "these", "those", "some",
                                       "many", "other", "several", NULL};
    /* "Staying unsettled through the weekend", "remain closed": the
     * adjective after a verb of state */
    static const char *const stays[] = {"staying",   "stay",   "stays",    "remain", "remains",
                                        "remaining", "become", "becoming", "seem",   "seems",
                                        "looking",   "feel",   "feels",    "keep",   "keeps",
                                        "keeping",   NULL};
    /* "will run on reduced schedules": after a preposition, before a noun */
    static const char *const before_adj[] = {"on", "in", "at", "with", "under", "of", NULL};
    /* "expect scattered showers": the object's adjective, after a verb
     * that looks ahead */
    static const char *const ahead_verbs[] = {"expect",   "expects",  "see",   "sees",
                                              "predict",  "predicts", "bring", "brings",
                                              "forecast", NULL};
    /* "their first shortened paychecks", "the newly elected council": an
     * ordinal or an adverb between */
    static const char *const between[] = {"first",   "second", "third",    "last", "latest",
                                          "final",   "newly",  "recently", "long", "previously",
                                          "already", "widely", "heavily",  NULL};
    if (k > 1 && ns_doc_word_is(doc, k - 1, between) && ns_doc_word_is(doc, k - 2, dets))
        return 1;
    /* "the Fed's preferred inflation gauge": a noun's possessive before it
     * (not a pronoun's "has": "she's decided to go") */
    static const char *const pronouns[] = {"he",   "she",   "it",   "that", "there", "who",
                                           "what", "where", "here", "one",  "let",   NULL};
    if (k > 1 && ns_doc_word_is(doc, k - 1, possessive) && !ns_doc_word_is(doc, k - 2, pronouns))
        return 1;
    return k > 0 &&
           (ns_doc_word_is(doc, k - 1, dets) || ns_doc_word_is(doc, k - 1, stays) ||
            ns_doc_word_is(doc, k - 1, ahead_verbs) || doc->toks.v[k - 1].kind == NS_TOK_NUMBER ||
            (ns_doc_word_is(doc, k - 1, before_adj) && ns_doc_lower_word(doc, k + 1)));
}

/* Whether the word before the verb at k is a plural subject: "they",
 * "fares", "holidays" (an adverb between, "fares also change", is passed
 * over). Only nouns in -s count, lower-case but at a sentence's start,
 * and not "its", "this" or "is". */
static int plural_subject(const ns_doc *doc, size_t k)
{
    static const char *const adverbs[] = {"also", "officially", "now", "both", "all", NULL};
    static const char *const pronouns[] = {"they", "we", NULL};
    static const char *const not_nouns[] = {"its", "his", "this", "is",   "was", "has", "does",
                                            "us",  "as",  "thus", "plus", "yes", NULL};
    if (k > 0 && ns_doc_word_is(doc, k - 1, adverbs))
        k--;
    if (k == 0 || doc->toks.v[k - 1].sent != doc->toks.v[k].sent)
        return 0;
    if (ns_doc_word_is(doc, k - 1, pronouns))
        return 1;
    /* two names joined: "Louisiana and Kansas vote on Saturday" */
    static const char *const and_[] = {"and", NULL};
    const ns_token *t = &doc->toks.v[k - 1];
    if (k > 2 && ns_doc_word_is(doc, k - 2, and_) && t->kind == NS_TOK_WORD &&
        doc->text[t->start] >= 'A' && doc->text[t->start] <= 'Z')
        return 1;
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    /* (a people's name is a plural too: "Ugandans vote on Thursday") */
    int lower = (s[0] >= 'a' && s[0] <= 'z') || (t->flags & NS_TF_SENT_START) ||
                (n > 5 && memcmp(s + n - 3, "ans", 3) == 0);
    return t->kind == NS_TOK_WORD && n > 3 && lower && s[n - 1] == 's' && s[n - 2] != 's' &&
           s[n - 2] != '\'' && !ns_doc_word_is(doc, k - 1, not_nouns);
}

/* Whether token k marks the future. "set", "plan" and "plans" do only as
 * "set to", "plans for": "set aside", "vacation plans" say nothing. */
static int future_cue(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    if (!(wc[k] & C_FUT))
        return 0;
    static const char *const to_w[] = {"to", NULL};
    /* "did not begin until Friday": the auxiliary's past decides (not of a
     * plan: "did not plan to remove him on Thursday") */
    static const char *const did[] = {"did", NULL}, *const not_[] = {"not", "n't", "never", NULL};
    if (k > 0 && !ns_doc_word_is(doc, k + 1, to_w) &&
        (ns_doc_word_is(doc, k - 1, did) ||
         (k > 1 && ns_doc_word_is(doc, k - 1, not_) && ns_doc_word_is(doc, k - 2, did))))
        return 0;
    /* "was forecast to settle over the South by the weekend", "projected
     * to reach"; not "the IMF forecast in April that ..." */
    static const char *const forecast[] = {"forecast", "predicted", "projected", NULL};
    if (ns_doc_word_is(doc, k, forecast))
        return ns_doc_word_is(doc, k + 1, to_w);
    /* "If you couldn't log in on Thursday", "could not be reached for
     * comment on Monday": what someone was unable to do, in the past */
    static const char *const could[] = {"could", NULL};
    static const char *const not_w[] = {"not", "n't", NULL};
    if (ns_doc_word_is(doc, k, could) && ns_doc_word_is(doc, k + 1, not_w))
        return 0;
    /* "Teams had been aiming for a launch Wednesday", "dealers had been
     * hoping to rebuild their stocks after a strong December": an aim
     * since given up ("had been scheduled for" still often lies ahead) */
    static const char *const aiming[] = {"aiming", "hoping", NULL};
    static const char *const had[] = {"had", NULL}, *const been[] = {"been", NULL};
    if (k > 1 && ns_doc_word_is(doc, k, aiming) && ns_doc_word_is(doc, k - 1, been) &&
        ns_doc_word_is(doc, k - 2, had))
        return 0;
    /* "hopes to restore the system by Wednesday": a hope with its verb,
     * not the noun ("dashed hopes of a deal on Friday") */
    static const char *const hope[] = {"hope", "hopes", "hoping", NULL};
    if (ns_doc_word_is(doc, k, hope))
        return ns_doc_word_is(doc, k + 1, to_w);
    /* "bills which were due Oct. 1": a deadline that has passed; "was due
     * to" stays a plan */
    static const char *const due[] = {"due", NULL}, *const was_were[] = {"was", "were", NULL};
    if (k > 0 && ns_doc_word_is(doc, k, due) && ns_doc_word_is(doc, k - 1, was_were) &&
        !ns_doc_word_is(doc, k + 1, to_w))
        return 0;
    /* a compound's first part is no verb: "kick-off times", "a set-up",
     * "start-up costs"; nor is the "next" of "next to the airport" */
    static const char *const next[] = {"next", NULL};
    if ((doc->toks.v[k].flags & NS_TF_HAS_HYPHEN) ||
        (ns_doc_word_is(doc, k, next) && ns_doc_word_is(doc, k + 1, to_w)))
        return 0;
    /* "had met face to face for 11 hours": the idiom, not the sports verb */
    static const char *const face[] = {"face", NULL};
    if (ns_doc_word_is(doc, k, face) &&
        ((ns_doc_word_is(doc, k + 1, to_w) && ns_doc_word_is(doc, k + 2, face)) ||
         (k >= 2 && ns_doc_word_is(doc, k - 1, to_w) && ns_doc_word_is(doc, k - 2, face))))
        return 0;
    /* a plural noun, not a verb: "began accepting returns on Jan. 31",
     * "its plans", "the runs" */
    const ns_token *t = &doc->toks.v[k];
    if (k > 0 && t->end - t->start > 3 && doc->text[t->end - 1] == 's' &&
        doc->text[t->start] >= 'a' && doc->text[t->start] <= 'z') {
        /* (and "tax returns", "housing starts": a noun's) */
        static const char *const dets[] = {"the",  "its", "their", "his",   "her", "our",
                                           "your", "my",  "these", "those", "tax", NULL};
        /* (a week ahead's list keeps its days ahead: "and housing starts
         * on Thursday") */
        static const char *const housing[] = {"housing", NULL}, *const starts[] = {"starts", NULL};
        static const char *const on[] = {"on", NULL};
        if (ns_doc_word_is(doc, k, starts) && ns_doc_word_is(doc, k - 1, housing) &&
            !ns_doc_word_is(doc, k + 1, on))
            return 0;
        const ns_token *b = &doc->toks.v[k - 1];
        const char *bs = doc->text + b->start;
        size_t bn = b->end - b->start;
        /* (the object of a verb in -ing, "began accepting returns"; not a
         * noun in -ing, "the policy meeting ends Wednesday") */
        if (ns_doc_word_is(doc, k - 1, dets) ||
            (b->kind == NS_TOK_WORD && bn > 4 && memcmp(bs + bn - 3, "ing", 3) == 0 && k > 1 &&
             (wc[k - 2] & (C_PAST | C_BE))))
            return 0;
        /* (a count's or a superlative's: "her six starts this year",
         * "one of the driest starts to the season") */
        static const char *const counts[] = {"two",     "three", "four", "five", "six",
                                             "seven",   "eight", "nine", "ten",  "few",
                                             "several", "many",  "more", NULL};
        if (ns_doc_word_is(doc, k - 1, counts) ||
            (b->kind == NS_TOK_WORD && bn > 5 && memcmp(bs + bn - 3, "est", 3) == 0))
            return 0;
        /* (an adjective's noun after a preposition: "reports of hard
         * starts"; not a verb after a pronoun or a plural, "one of them
         * starts", "the year for soybeans begins") */
        static const char *const of_for[] = {"of", "for", "with", NULL};
        static const char *const objects[] = {"them",  "us",    "which", "whom",
                                              "these", "those", NULL};
        if (k > 1 && ns_doc_word_is(doc, k - 2, of_for) && b->kind == NS_TOK_WORD && bs[0] >= 'a' &&
            bs[0] <= 'z' && bs[bn - 1] != 's' && !ns_doc_word_is(doc, k - 1, objects))
            return 0;
    }
    /* a name's word: "won the Australian Open in January" */
    if (k > 0 && doc->text[doc->toks.v[k].start] >= 'A' && doc->text[doc->toks.v[k].start] <= 'Z' &&
        !(doc->toks.v[k].flags & (NS_TF_SENT_START | NS_TF_HEADLINE)) &&
        doc->toks.v[k - 1].kind == NS_TOK_WORD && doc->text[doc->toks.v[k - 1].start] >= 'A' &&
        doc->text[doc->toks.v[k - 1].start] <= 'Z')
        return 0;
    /* "in April and May alone": the month, not the modal */
    if ((wc[k] & C_MONTH) && doc->text[doc->toks.v[k].start] == 'M' &&
        !(doc->toks.v[k].flags & NS_TF_SENT_START))
        return 0;
    /* "with one week to go before the elections, the party on Saturday
     * drew ...": what is left, not a plan */
    static const char *const go[] = {"go", NULL};
    if (ns_doc_word_is(doc, k, go) && k >= 2 && ns_doc_word_is(doc, k - 1, to_w) &&
        (wc[k - 2] & C_UNIT))
        return 0;
    /* "sold out within minutes of going on sale in January": a gerund
     * after a preposition, no "going to" */
    static const char *const going[] = {"going", NULL};
    static const char *const gerund_preps[] = {"of", "after", "before",  "since", "from",
                                               "by", "on",    "without", "upon",  NULL};
    if (k > 0 && ns_doc_word_is(doc, k, going) && ns_doc_word_is(doc, k - 1, gerund_preps))
        return 0;
    /* "Let's get through November": a proposal looks ahead; "he let it
     * lapse" does not */
    static const char *const let[] = {"let", NULL};
    static const char *const us[] = {"'s", "\u2019s", "us", NULL};
    if (ns_doc_word_is(doc, k, let))
        return ns_doc_word_is(doc, k + 1, us);
    /* "was likely to persist into January": a forecast, whatever the tense
     * of its "be"; not "likely the worst storm" */
    static const char *const likely[] = {"likely", "unlikely", NULL};
    if (ns_doc_word_is(doc, k, likely))
        return ns_doc_word_is(doc, k + 1, to_w);
    static const char *const loose[] = {"set", "plan", "plans", NULL};
    static const char *const to_for[] = {"to", "for", NULL};
    /* "added more jobs than expected in April": a comparison with what was
     * expected, no future */
    static const char *const than[] = {"than", "as", NULL};
    static const char *const expected[] = {"expected", "forecast",  "predicted", "anticipated",
                                           "planned",  "scheduled", NULL};
    if (k > 0 && ns_doc_word_is(doc, k, expected) &&
        (ns_doc_word_is(doc, k - 1, than) || (k > 1 && ns_doc_word_is(doc, k - 2, than))))
        return 0; /* also "closer than anybody expected in August" */
    /* "Nissan reports results on Tuesday" looks ahead; "the report on
     * Tuesday", "media reports on Tuesday said" and "reports that" do not */
    static const char *const report[] = {"report", "reports", NULL};
    if (ns_doc_word_is(doc, k, report)) {
        static const char *const not_obj[] = {
            "on",  "in",    "at",  "from", "by",  "that", "of", "said",    "say",    "says", "to",
            "for", "about", "and", "were", "was", "are",  "is", "suggest", "showed", NULL};
        if (attributive(doc, k) || k + 1 >= doc->toks.n || doc->toks.v[k + 1].kind != NS_TOK_WORD ||
            ns_doc_word_is(doc, k + 1, not_obj))
            return 0;
        char c = doc->text[doc->toks.v[k + 1].start];
        return c >= 'a' && c <= 'z';
    }
    /* a bare present after a plural subject is a timetable: "Fares also
     * change Sunday", "the school holidays start on Monday"; the nouns
     * ("a change on Monday", "the start of play") are not */
    static const char *const bare[] = {"start", "change", "vote", "close", "end", NULL};
    if (ns_doc_word_is(doc, k, bare))
        return plural_subject(doc, k);
    /* "the time trial follows on Wednesday", "falls at 10.44am on"; not
     * "the move follows Tuesday's declaration" */
    static const char *const follows[] = {"follows", "follow", "falls", NULL};
    static const char *const on_at[] = {"on", "at", "in", NULL};
    if (ns_doc_word_is(doc, k, follows))
        return ns_doc_word_is(doc, k + 1, on_at);
    /* a timetable's phrase: "the new rules take effect Saturday", "the
     * report comes out on Tuesday", "the season tips off on Tuesday"; the
     * verbs alone say nothing */
    static const char *const phrasal[] = {"take", "comes", "tips", NULL};
    static const char *const particle[] = {"effect", "out", "into", "off", NULL};
    /* (not in a relative clause, a rule's generic present: "increases
     * that take effect from Jan. 1 through Dec. 31") */
    static const char *const relative[] = {"that", "which", NULL};
    if (ns_doc_word_is(doc, k, phrasal))
        return ns_doc_word_is(doc, k + 1, particle) &&
               !(k > 0 && ns_doc_word_is(doc, k - 1, relative));
    if (!ns_doc_word_is(doc, k, loose) || ns_doc_word_is(doc, k + 1, to_for))
        return 1;
    /* "the company now plans a launch in Q1": the verb, before its object;
     * "its plans a year ago" is the noun */
    static const char *const plans[] = {"plan", "plans", NULL};
    static const char *const dets[] = {"a", "an", "the", "its", "his", "her", "their", NULL};
    static const char *const owners[] = {"a",     "an",  "the", "its", "his", "her",
                                         "their", "our", "'s",  "’s",  "new", NULL};
    return ns_doc_word_is(doc, k, plans) && ns_doc_word_is(doc, k + 1, dets) &&
           !(k > 0 && ns_doc_word_is(doc, k - 1, owners));
}

/* Whether only a preposition, an article or a modifier stands between the
 * sentence's start and token k0: "Over the Labor Day weekend, traffic rose"
 * opens with its date as "On Sunday, police said" does. */
static int opens_sentence(const ns_doc *doc, size_t k0)
{
    /* (an opening quotation mark too: "\"Until April, we were still
     * debating\"") */
    static const char *const lead[] = {"on",     "in",    "over",   "during",  "at",     "by",
                                       "the",    "early", "late",   "until",   "before", "after",
                                       "around", "since", "later",  "earlier", "from",   "as",
                                       "of",     "\"",    "\u201c", NULL};
    for (size_t back = 1; back <= 4 && back <= k0; back++) {
        size_t k = k0 - back;
        if (doc->toks.v[k].sent != doc->toks.v[k0].sent || !ns_doc_word_is(doc, k, lead))
            return 0;
        if (doc->toks.v[k].flags & NS_TF_SENT_START)
            return 1;
    }
    return 0;
}

/* Whether a score ("2-0", "3-1") stands between tokens k and end: a result,
 * so a match already played. */
static int score_between(const ns_doc *doc, size_t k, size_t end)
{
    for (size_t j = k; j < end && j < doc->toks.n; j++) {
        const ns_token *t = &doc->toks.v[j];
        const char *s = doc->text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == NS_TOK_NUMBER && n >= 3 && n <= 5 && s[0] >= '0' && s[0] <= '9' &&
            memchr(s, '-', n) && s[n - 1] >= '0' && s[n - 1] <= '9')
            return 1;
    }
    return 0;
}

/* The tense a past verb of intent gives what follows it: ahead for a plan
 * ("planned to leave on Thursday"), but an order or a call is carried out
 * at once, on either side of the reference ("were ordered to leave their
 * homes Sunday evening", said on Monday): 0, the nearest; so is a plan a
 * past perfect tells was overtaken ("had hoped to tape the special in
 * October, but the strike forced a delay"). */
static int future_in_past(const ns_doc *doc, size_t k)
{
    static const char *const at_once[] = {"ordered", "told",   "asked",   "urged",
                                          "called",  "forced", "allowed", NULL};
    static const char *const had[] = {"had", "'d", NULL};
    return ns_doc_word_is(doc, k, at_once) || (k > 0 && ns_doc_word_is(doc, k - 1, had)) ? 0 : 1;
}

/* Whether token k is a past verb of decision, dated in the few words before
 * its infinitive, before token end ("voted 5-2 late Tuesday to close"); not
 * one a past perfect tells was overtaken ("had agreed to"). */
static int decided_to(const uint32_t *wc, const ns_doc *doc, size_t k, size_t end)
{
    static const char *const decided[] = {"voted", "agreed",   "decided",  "pledged",
                                          "vowed", "promised", "resolved", NULL};
    static const char *const to[] = {"to", NULL}, *const had[] = {"had", "'d", NULL};
    static const char *const not_verbs[] = {
        "a",    "an",   "the", "his",   "her",   "their", "its", "one",  "two", "three",
        "four", "five", "six", "seven", "eight", "nine",  "ten", "zero", NULL};
    /* (every word of the list ends in -ed: a byte test passes most tokens) */
    const ns_token *v = &doc->toks.v[k];
    if (v->end - v->start < 5 || doc->text[v->end - 1] != 'd' || doc->text[v->end - 2] != 'e' ||
        !ns_doc_word_is(doc, k, decided) || (k > 0 && ns_doc_word_is(doc, k - 1, had)))
        return 0;
    int dated = 0;
    for (size_t j = k + 1; j + 1 < end && j <= k + 7; j++) {
        const ns_token *t = &doc->toks.v[j];
        if (t->kind == NS_TOK_PUNCT && doc->text[t->start] != '-')
            return 0;
        dated |= (wc[j] & (C_WD | C_DEIC)) != 0;
        /* (a verb after it: not "voted seven to four", "agreed to a deal";
         * and only when the decision has its own day, for a later date may
         * be the decision's: "BP agreed to sell its stake in October") */
        if (ns_doc_word_is(doc, j, to))
            return dated && ns_doc_lower_word(doc, j + 1) && !ns_doc_word_is(doc, j + 1, not_verbs);
    }
    return 0;
}

/* Whether "agreed" at token k is agreed to a thing, not to do one: "agreed to
 * extensions in January", "agreed to the terms"; the thing was agreed then.
 * A plural noun ends in -s ("extensions"), an infinitive rarely does. */
static int agreed_to_thing(const ns_doc *doc, size_t k)
{
    static const char *const agreed[] = {"agreed", NULL}, *const to[] = {"to", NULL};
    static const char *const dets[] = {"a",   "an",    "the", "his",   "her", "their",
                                       "its", "these", "our", "those", NULL};
    if (!ns_doc_word_is(doc, k, agreed) || !ns_doc_word_is(doc, k + 1, to) || k + 2 >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k + 2];
    size_t n = t->end - t->start;
    const char *s = doc->text + t->start;
    return ns_doc_word_is(doc, k + 2, dets) ||
           (t->kind == NS_TOK_WORD && n > 3 && s[n - 1] == 's' && s[n - 2] != 's' &&
            s[n - 2] != 'u');
}

/* Whether "to" stands at token k or within three words after it, before
 * token end: "planned to", "invited political leaders to a meeting". */
static int to_within(const ns_doc *doc, size_t k, size_t end)
{
    static const char *const to[] = {"to", NULL};
    /* "voted 5-2 Tuesday night to ask voters in November": a score and a
     * day may stand between */
    for (size_t j = k; j < end && j < k + 6; j++) {
        if (ns_doc_word_is(doc, j, to))
            return 1;
        const ns_token *t = &doc->toks.v[j];
        if (t->kind != NS_TOK_WORD && t->kind != NS_TOK_NUMBER)
            return 0;
    }
    return 0;
}

/* News convention for a bare weekday or month: what the sentence's tense
 * says, read from the nearest tense marker around the expression. */
static int sentence_tense_cue(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1);

/* Whether token k is a lower-case word ending in "-ed" ("reached"). */
static int ends_in_ed(const ns_doc *doc, size_t k)
{
    if (k >= doc->toks.n || doc->toks.v[k].kind != NS_TOK_WORD)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    if (!(n > 3 && s[0] >= 'a' && s[0] <= 'z' && s[n - 2] == 'e' && s[n - 1] == 'd'))
        return 0;
    /* not a seed, a need, a hundred: words in -ed that are no verb's past
     * (compared by length first: this runs for every word in -ed) */
    static const char *const eed[] = {"agreed",   "disagreed",  "freed", "decreed",
                                      "refereed", "guaranteed", NULL};
    static const struct {
        const char *w;
        size_t n;
    } not_past[] = {{"shed", 4},    {"sled", 4},    {"naked", 5},    {"embed", 5},   {"sacred", 6},
                    {"wicked", 6},  {"rugged", 6},  {"ragged", 6},   {"hatred", 6},  {"hundred", 7},
                    {"kindred", 7}, {"crooked", 7}, {"wretched", 8}, {"infrared", 8}};
    if (s[n - 3] == 'e')
        return ns_doc_word_is(doc, k, eed);
    if (n > 8)
        return 1;
    for (size_t i = 0; i < sizeof not_past / sizeof not_past[0]; i++)
        if (not_past[i].n == n && memcmp(not_past[i].w, s, n) == 0)
            return 0;
    return 1;
}

/* Whether token k is a verb whose past is its present ("cut", "hit")
 * after a subject that would take the present in -s: "The RBA cut the
 * cash rate in February", "it hit a record in March". A plural subject
 * ("the banks cut rates") says nothing and is left alone. */
static int invariant_past(const ns_doc *doc, size_t k)
{
    static const char *const verbs[] = {"cut",  "hit",   "put",    "let", "hurt", "shut",  "quit",
                                        "cost", "split", "spread", "bet", "cast", "burst", NULL};
    static const char *const pronouns[] = {"he", "she", "it", NULL};
    if (k == 0 || !ns_doc_word_is(doc, k, verbs))
        return 0;
    const ns_token *b = &doc->toks.v[k - 1];
    if (ns_doc_word_is(doc, k - 1, pronouns))
        return 1;
    /* the subject an acronym or a name makes: "The RBA cut", "the Fed
     * hit", "Nvidia cut" opening the sentence (not "the Saints", plural,
     * nor "Polls in Ontario shut at 9:30", a name in a phrase) */
    static const char *const the[] = {"the", NULL};
    return b->kind == NS_TOK_WORD && (b->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER)) &&
           doc->text[b->end - 1] != 's' &&
           ((b->flags & NS_TF_SENT_START) || (k >= 2 && ns_doc_word_is(doc, k - 2, the)));
}

/* Whether "had" stands among the eight words before token k0 in its
 * sentence: a past perfect. */
static int had_before(const ns_doc *doc, size_t k0)
{
    static const char *const had[] = {"had", "'d", NULL};
    for (size_t k = k0; k-- > 0 && k0 - k <= 8;) {
        if (doc->toks.v[k].sent != doc->toks.v[k0].sent)
            break;
        if (ns_doc_word_is(doc, k, had))
            return 1;
    }
    return 0;
}

/* Whether token k is the irregular participle of a figure's move in a
 * present perfect: "Rates have fallen from a high in January", "prices
 * have come down since March". A perfect tells of a time gone, as a past
 * does; the lexicon's past forms ("fell", "rose") miss these. Only moves:
 * a perfect of setting looks ahead ("has set the rerun for May 4", "have
 * begun booking halls for May"). Not after a modal: "will have risen by
 * Friday". */
static int perfect_participle(const ns_doc *doc, size_t k)
{
    static const char *const moved[] = {"fallen", "risen", "shrunk", "sunk", NULL};
    static const char *const come[] = {"come", "gone", NULL}, *const updown[] = {"up", "down",
                                                                                 NULL};
    static const char *const have[] = {"have", "has", "'ve", NULL};
    static const char *const adverbs[] = {"already", "also",     "since",   "steadily",
                                          "sharply", "slightly", "largely", NULL};
    static const char *const modals[] = {"will", "would", "'ll", "could", "should", "might",
                                         "may",  "must",  "to",  "shall", NULL};
    /* (a day "has fallen on" is the calendar's: "the first time the change
     * has fallen on Easter Sunday since 2015") */
    static const char *const on[] = {"on", NULL};
    if (k == 0 || ns_doc_word_is(doc, k + 1, on) ||
        !(ns_doc_word_is(doc, k, moved) ||
          (ns_doc_word_is(doc, k, come) && ns_doc_word_is(doc, k + 1, updown))))
        return 0;
    size_t a = k - 1;
    if (ns_doc_word_is(doc, a, adverbs) && a > 0)
        a--;
    return ns_doc_word_is(doc, a, have) && !(a > 0 && ns_doc_word_is(doc, a - 1, modals));
}

/* Whether token k is a verb in the past: a word the lexicon marks so, or
 * one in "-ed" that is no adjective ("a revised timetable"). */
static int past_word(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    if ((wc[k] & C_PAST) || (ends_in_ed(doc, k) && !attributive(doc, k)))
        return 1;
    /* the irregular forms below are short, lower-case words of a few
     * initials: most tokens are told from them by length and first letter
     * alone (this runs for every word the tense cues look back over) */
    const ns_token *t = &doc->toks.v[k];
    size_t n = t->end - t->start;
    char c = doc->text[t->start];
    const uint32_t initials = 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('f' - 'a') |
                              1u << ('g' - 'a') | 1u << ('h' - 'a') | 1u << ('l' - 'a') |
                              1u << ('p' - 'a') | 1u << ('q' - 'a') | 1u << ('r' - 'a') |
                              1u << ('s' - 'a');
    return n >= 3 && n <= 6 && c >= 'a' && c <= 'z' && ((initials >> (c - 'a')) & 1u) &&
           (perfect_participle(doc, k) || invariant_past(doc, k));
}

/* Whether the -ed word at k is a participle a modal of the future governs a
 * few words back, with no punctuation between: "will run free guided walks
 * at 10am on Saturday", "will have finished by Friday". The modal decides. */
static int participle_after_will(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    static const char *const will[] = {"will", "'ll", "shall", NULL};
    if ((wc[k] & C_PAST) || !ends_in_ed(doc, k))
        return 0;
    for (size_t b = 1; b <= 3 && b <= k; b++) {
        const ns_token *t = &doc->toks.v[k - b];
        if (t->sent != doc->toks.v[k].sent || t->kind != NS_TOK_WORD)
            return 0;
        if (ns_doc_word_is(doc, k - b, will))
            return 1;
    }
    return 0;
}

/* Whether the sentence of token k0 has a past verb before it, however far
 * back: "Support fell to 63 percent in June and to 55 percent by
 * September" reports a deadline met, not one ahead. */
static int past_verb_before(const uint32_t *wc, const ns_doc *doc, size_t k0)
{
    /* a modal, an infinitive or a new clause between looks ahead from the
     * past ("said it would cut 1,200 jobs by the end of March", "asked
     * families to postpone trick-or-treating until Saturday") */
    static const char *const ahead[] = {"to",   "would", "will", "could", "should", "might", "may",
                                        "must", "that",  "but",  "'ll",   "shall",  "until", "till",
                                        "does", "do",    "is",   "are",   NULL};
    uint32_t sent = doc->toks.v[k0].sent;
    for (size_t k = k0 - 1; k-- > 0 && k0 - k <= 40;) {
        if (doc->toks.v[k].sent != sent)
            break;
        /* "to" as an infinitive's, not "fell to 55 percent" */
        static const char *const to[] = {"to", NULL};
        if (ns_doc_word_is(doc, k, ahead) && !(ns_doc_word_is(doc, k, to) && k + 1 < doc->toks.n &&
                                               doc->toks.v[k + 1].kind != NS_TOK_WORD))
            break;
        if ((wc[k] & C_PAST) && !(wc[k] & C_REL))
            return 1;
        if (doc->toks.v[k].flags & NS_TF_SENT_START)
            break;
    }
    return 0;
}

/* Whether the weekday at [k0, k1) is declared a holiday: "has declared
 * Monday a public holiday", "Monday has been declared a replacement
 * holiday". A holiday is declared ahead. */
static int declared_holiday(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const declared[] = {"declared", NULL}, *const holiday[] = {"holiday", NULL};
    if (!(wc[k0] & C_WD) || k1 - k0 != 1)
        return 0;
    uint32_t sent = doc->toks.v[k0].sent;
    /* "has announced a five-day public holiday for Eid-ul-Fitr, from
     * Thursday to Monday": the holiday named first, with its days after */
    static const char *const holidays[] = {"holiday", "holidays", NULL};
    static const char *const announced[] = {"declared", "announced", "declares", "announces",
                                            "approved", "granted",   "grants",   NULL};
    /* (with no verb of its own between: not "who announced the holiday
     * last September, said on Sunday") */
    for (size_t b = 2; b <= 12 && b <= k0 && doc->toks.v[k0 - b].sent == sent; b++) {
        if (wc[k0 - b] & (C_PAST | C_FUT | C_BE))
            break;
        if (first_lower(doc, k0 - b) == 'h' && ns_doc_word_is(doc, k0 - b, holidays)) {
            for (size_t c = 1; c <= 6 && c <= k0 - b && doc->toks.v[k0 - b - c].sent == sent; c++)
                if (ns_doc_word_is(doc, k0 - b - c, announced))
                    return 1;
            break;
        }
    }
    size_t d = k0 > 0 && ns_doc_word_is(doc, k0 - 1, declared) ? k0 - 1 : 0;
    for (size_t k = k1; !d && k < k1 + 3 && k < doc->toks.n && doc->toks.v[k].sent == sent; k++)
        if (ns_doc_word_is(doc, k, declared))
            d = k;
    if (!d)
        return 0;
    size_t from = d > k0 ? d + 1 : k1;
    for (size_t k = from; k < from + 5 && k < doc->toks.n && doc->toks.v[k].sent == sent; k++)
        if (ns_doc_word_is(doc, k, holiday))
            return 1;
    return 0;
}

/* Whether the date at k0 dates a reading "as of" it with no future in the
 * sentence: "had harvested 47% of the crop as of Sunday" (a reading is
 * taken of what has happened; "As of Monday, masks will be optional"
 * starts a rule). */
static int status_as_of(const ns_doc *doc, size_t k0)
{
    static const char *const as[] = {"as", NULL}, *const of[] = {"of", NULL};
    static const char *const will[] = {"will", "'ll", "shall", "would", "must", NULL};
    if (k0 < 2 || !ns_doc_word_is(doc, k0 - 1, of) || !ns_doc_word_is(doc, k0 - 2, as))
        return 0;
    uint32_t sent = doc->toks.v[k0].sent;
    size_t a = k0, b = k0;
    while (a > 0 && doc->toks.v[a - 1].sent == sent)
        a--;
    while (b < doc->toks.n && doc->toks.v[b].sent == sent)
        b++;
    for (size_t k = a; k < b; k++)
        if (ns_doc_word_is(doc, k, will))
            return 0;
    return 1;
}

/* Whether "had" or "had not" follows within a few words of token k in its
 * sentence: a deadline reached, a total counted ("by Sunday had issued"). */
static int had_after(const ns_doc *doc, size_t k)
{
    static const char *const had[] = {"had", "hadn't", NULL};
    if (k >= doc->toks.n)
        return 0;
    uint32_t sent = doc->toks.v[k].sent;
    for (size_t j = k; j < k + 8 && j < doc->toks.n && doc->toks.v[j].sent == sent; j++)
        if (ns_doc_word_is(doc, j, had))
            return 1;
    return 0;
}

/* Whether "through" stands before token k0 and the expression ending
 * before token k1 is no part of a day: "canceled classes through Friday",
 * "extended the ban through the end of June" set an end still ahead
 * whatever the verb's tense; "counted through the night" is the night just
 * gone, and "sales in the quarter through June" a period reported. */
static int through_end(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const through[] = {"through", NULL};
    static const char *const pods[] = {"night", "morning", "afternoon", "evening", "day", NULL};
    return k0 > 0 && k1 > k0 && ns_doc_word_is(doc, k0 - 1, through) &&
           !ns_doc_word_is(doc, k1 - 1, pods) && !(k0 > 1 && (wc[k0 - 2] & C_UNIT));
}

/* A deadline ("gave Merieux until mid-November", "was due by January") may lie
 * ahead of a past verb: a past cue before until/till/by/before, or before
 * through_end's "through", says nothing. */
/* Whether a modal of the future follows the date [k0, k1) at once,
 * or after the second date of its pair: "its price cap for January to
 * March would go up by 0.2%" (the date is in the modal's subject); not
 * "would have", a past that did not happen. */
static int subject_of_modal(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const modal[] = {"will", "would", "'ll", NULL};
    static const char *const joins[] = {"to", "and", "through", "until", NULL};
    static const char *const have[] = {"have", "'ve", NULL};
    size_t k = k1;
    if (k + 2 < doc->toks.n && ns_doc_word_is(doc, k, joins) && (wc[k + 1] & (C_MONTH | C_WD)))
        k += 2;
    if (!(k + 1 < doc->toks.n && doc->toks.v[k].sent == doc->toks.v[k1 - 1].sent &&
          ns_doc_word_is(doc, k, modal) && !ns_doc_word_is(doc, k + 1, have)))
        return 0;
    /* (a date its own past verb or "since" tells, in a clause of the
     * subject's, keeps its own time: "the payroll-tax increase that took
     * effect in January would continue to weigh", "frames ordered in
     * January will not arrive until September") */
    static const char *const since[] = {"since", NULL};
    for (size_t b = 1; b <= 4 && b <= k0; b++) {
        size_t j = k0 - b;
        if (doc->toks.v[j].sent != doc->toks.v[k0].sent)
            break;
        if (ns_doc_word_is(doc, j, since) || past_word(wc, doc, j))
            return 0;
    }
    return 1;
}

static int sentence_tense(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const deadline[] = {"until", "till", "by", "before", NULL};
    if (declared_holiday(wc, doc, k0, k1))
        return 1;
    if (status_as_of(doc, k0))
        return -1;
    if (subject_of_modal(wc, doc, k0, k1))
        return 1;
    int t = sentence_tense_cue(wc, doc, k0, k1);
    /* "the game was postponed until Friday": put off to a day still ahead */
    static const char *const to_until[] = {"until", "till", "to", NULL};
    static const char *const postponed[] = {"postponed", "delayed", "adjourned",   "deferred",
                                            "off",       "back",    "rescheduled", NULL};
    if (k0 > 1 && ns_doc_word_is(doc, k0 - 1, to_until) && ns_doc_word_is(doc, k0 - 2, postponed))
        return 1;
    /* "extended its heat warning to 7 p.m. Thursday", "if it rains, it
     * moves to Sunday": a new end or a new day, a few words on */
    static const char *const moved[] = {
        "extended", "extends", "extend",     "moves",     "moved",      "moving",
        "pushed",   "pushes",  "pushing",    "extension", "extensions", "shifted",
        "shifting", "forward", "postponing", "delaying",  NULL};
    if (k0 > 1 && ns_doc_word_is(doc, k0 - 1, to_until))
        for (size_t b = 2; b <= 6 && b <= k0; b++) {
            /* (a comma may set the new end off: "an extension, to Oct. 15") */
            if (doc->toks.v[k0 - b].kind != NS_TOK_WORD &&
                !(b == 2 && doc->text[doc->toks.v[k0 - b].start] == ','))
                break;
            if (ns_doc_word_is(doc, k0 - b, moved))
                return 1;
        }
    /* "did not file its 8-K until October 24": what was put off happened
     * then, in the past the negation's auxiliary tells */
    static const char *const till[] = {"until", "till", NULL};
    static const char *const negation[] = {"not", "n't", "never", NULL};
    if (t == -1 && k0 > 0 && ns_doc_word_is(doc, k0 - 1, till))
        for (size_t b = 2; b <= 10 && b <= k0 && doc->toks.v[k0 - b].sent == doc->toks.v[k0].sent;
             b++)
            if (ns_doc_word_is(doc, k0 - b, negation))
                return -1;
    /* (but "was closed shortly before 6am" tells when, not by when) */
    static const char *const shortly[] = {"shortly", "just", "right", "moments", "minutes", NULL};
    if (t == -1 && k0 > 0 &&
        (ns_doc_word_is(doc, k0 - 1, deadline) || through_end(wc, doc, k0, k1)) &&
        !(k0 > 1 && ns_doc_word_is(doc, k0 - 2, shortly)))
        return 0;
    /* "Cyprus has until Monday", "highs near 50 by Friday", "previews
     * continue through Wednesday": with no
     * tense to say otherwise, a deadline lies ahead */
    static const char *const until[] = {"until", "till", "by", NULL};
    static const char *const through[] = {"through", NULL};
    /* ... unless a past perfect follows: "by Sunday had issued 47
     * prohibitions", "Through Tuesday, 1.1 million had cast ballots" */
    if (t == 0 && k0 > 0 &&
        (ns_doc_word_is(doc, k0 - 1, through) || ns_doc_word_is(doc, k0 - 1, until)) &&
        had_after(doc, k1))
        return -1;
    /* (but "sales through August" are data, and a past verb further back
     * tells a span gone: "had risen in each of the previous five sessions
     * through Tuesday") */
    if (t == 0 && k0 > 0 && ns_doc_word_is(doc, k0 - 1, through))
        return (wc[k0] & C_WD) && !past_verb_before(wc, doc, k0) ? 1 : 0;
    if (t == 0 && k0 > 0 && ns_doc_word_is(doc, k0 - 1, until))
        return past_verb_before(wc, doc, k0) ? 0 : 1;
    return t;
}

/* Whether tokens [k0, k1) name a month or a weekday. */
static int calendar_words(const uint32_t *wc, size_t k0, size_t k1)
{
    for (size_t k = k0; k < k1; k++)
        if (wc[k] & (C_MONTH | C_WD))
            return 1;
    return 0;
}

/* Whether tokens [k0, k1) name a month, a weekday, a quarter or a half:
 * a period a figure was seen in ("down from 4.1% in the third quarter"). */
static int period_words(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const parts[] = {"quarter", "half", NULL};
    if (calendar_words(wc, k0, k1))
        return 1;
    for (size_t k = k0; k < k1; k++)
        if (ns_doc_word_is(doc, k, parts))
            return 1;
    return 0;
}

/* Whether the verb of the clause whose subject ends at token k1 is a
 * future one: "(that) sales in December | will rise". */
static int clause_will(const uint32_t *wc, const ns_doc *doc, size_t k1)
{
    uint32_t sent = k1 < doc->toks.n ? doc->toks.v[k1].sent : 0;
    size_t end = k1 + 3;
    for (size_t k = k1; k < doc->toks.n && k < end; k++) {
        /* "that Saturday's vote would be close": the possessive's noun */
        if (k == k1 && ns_doc_word_is(doc, k, possessive)) {
            end++;
            continue;
        }
        if (doc->toks.v[k].sent != sent || doc->toks.v[k].kind != NS_TOK_WORD)
            return 0;
        if (future_cue(wc, doc, k))
            return 1;
    }
    return 0;
}

/* Whether tokens [k, end) only finish a figure: "%", "percent", "bn". */
static int level_between(const ns_doc *doc, size_t k, size_t end)
{
    static const char *const units[] = {"%",       "percent", "per",    "cent", "bn",
                                        "billion", "million", "points", "pct",  NULL};
    for (; k < end; k++)
        if (!ns_doc_word_is(doc, k, units))
            return 0;
    return 1;
}

/* Whether token k is "after" before a verb in -ing: "will play on New
 * Year's Day after beating the third seed on Tuesday night" tells a thing
 * done before, whatever the main verb's tense. */
static int after_doing(const ns_doc *doc, size_t k)
{
    static const char *const after[] = {"after", NULL};
    if (k + 1 >= doc->toks.n || (doc->text[doc->toks.v[k].start] | 0x20) != 'a' ||
        !ns_doc_word_is(doc, k, after) || doc->toks.v[k + 1].kind != NS_TOK_WORD)
        return 0;
    const ns_token *t = &doc->toks.v[k + 1];
    size_t n = t->end - t->start;
    return n > 5 && doc->text[t->start] >= 'a' && doc->text[t->start] <= 'z' &&
           memcmp(doc->text + t->end - 3, "ing", 3) == 0; /* not "after Thanksgiving" */
}

/* The tense a day in the possessive takes from its noun's verb: "after
 * Monday's municipal vote ended in a dead heat" looks back, "Thursday's
 * vote will be close" ahead; an event put off or cancelled ("has postponed
 * Tuesday's council meeting", "moved Saturday's fun day to the evening")
 * is still to come; 0 when nothing says. */
static int possessive_tense(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const put_off[] = {"postponed", "cancelled", "canceled",    "scrapped",
                                          "moved",     "delayed",   "rescheduled", NULL};
    if (k1 >= doc->toks.n || !ns_doc_word_is(doc, k1, possessive))
        return 0;
    if (k0 > 0 && ns_doc_word_is(doc, k0 - 1, put_off))
        return 1;
    /* a result is of a game played: "after Sunday's 2-1 extra-time win over
     * Slovakia", "during Saturday's loss to Carrington" */
    static const char *const results[] = {"win",   "loss", "defeat", "victory", "triumph",
                                          "upset", "rout", "wins",   "losses",  NULL};
    for (size_t k = k1 + 1; k < doc->toks.n && k <= k1 + 4; k++) {
        if (ns_doc_word_is(doc, k, results))
            return -1;
        if (doc->toks.v[k].kind == NS_TOK_PUNCT && doc->text[doc->toks.v[k].start] != '-')
            break;
    }
    /* the noun's own verb, no form of "be" ("Tickets for Tuesday's game
     * were still available" tells nothing of the game) */
    static const char *const will[] = {"will", "would", "'ll", "shall", NULL};
    /* nor a verb past a word that opens a clause of its own ("in Tuesday's
     * primary after they voted") */
    static const char *const stop[] = {"was",   "were",   "is",    "are",     "be", "been",
                                       "after", "before", "when",  "because", "as", "that",
                                       "which", "who",    "while", "since",   "if", NULL};
    /* (a noun phrase runs on a few words: "Friday's Edinburgh derby
     * between Hearts and Hibernian at Tynecastle will kick off") */
    uint32_t sent = doc->toks.v[k0].sent;
    for (size_t k = k1 + 1; k < doc->toks.n && k <= k1 + 10; k++) {
        if (doc->toks.v[k].sent != sent || doc->toks.v[k].kind != NS_TOK_WORD || (wc[k] & C_BE) ||
            ns_doc_word_is(doc, k, stop))
            return 0;
        /* (a modal after "and" is another verb's: "who won Saturday's
         * final in straight sets and will also climb") */
        static const char *const and_but[] = {"and", "but", NULL};
        if (ns_doc_word_is(doc, k, will))
            return ns_doc_word_is(doc, k - 1, and_but) ? 0 : 1;
        if (past_word(wc, doc, k) && !(wc[k] & C_REL))
            return -1;
    }
    return 0;
}

/* Whether a past verb stands 9 to 24 tokens before token k0 in its
 * sentence, with no modal or infinitive between: the verb a date told
 * after a long object belongs to ("fractured the ring finger on her left
 * hand while fielding in the final on Sunday"). */
static int past_far_back(const uint32_t *wc, const ns_doc *doc, size_t k0)
{
    static const char *const ahead[] = {"to",    "would", "will", "could",  "should", "might",
                                        "may",   "must",  "'ll",  "shall",  "can",    "that",
                                        "which", "who",   "if",   "unless", NULL};
    uint32_t sent = doc->toks.v[k0].sent;
    for (size_t back = 1; back <= 24 && back <= k0; back++) {
        size_t k = k0 - back;
        if (doc->toks.v[k].sent != sent || ns_doc_word_is(doc, k, ahead))
            return 0;
        if (back > 8 && past_word(wc, doc, k) && !(k > 0 && (wc[k - 1] & C_BE)))
            return 1;
        if (doc->toks.v[k].flags & NS_TF_SENT_START)
            return 0;
    }
    return 0;
}

/* Whether the date at k0 opens its sentence as the subject of a verb in the
 * present at kf: "Sunday is the deadline", "Tuesday and Wednesday look like
 * the hottest days", "Saturday brings more rain". Such a day is today or
 * ahead. */
static int day_in_present(const ns_doc *doc, size_t k0, size_t kf)
{
    /* ("marks" is the caller's, at any place in the sentence) */
    static const char *const one[] = {"is",   "has",      "looks",   "brings", "turns",
                                      "sees", "promises", "remains", NULL};
    static const char *const two[] = {"are", "look", "bring", "see", "mark", "promise", NULL};
    static const char *const andor[] = {"and", "or", NULL};
    if (!(doc->toks.v[k0].flags & NS_TF_SENT_START) || !lex_is_weekday(doc, k0))
        return 0;
    if (kf + 2 < doc->toks.n && ns_doc_word_is(doc, kf, andor) && lex_is_weekday(doc, kf + 1))
        return ns_doc_word_is(doc, kf + 2, two);
    return ns_doc_word_is(doc, kf, one);
}

/* Whether the date at k0 follows the present verb of a clause of time, whose
 * present is a future: "officials ordered people off the islands before
 * the first squalls arrive late Wednesday", "until the storm reaches the
 * coast on Friday". */
static int present_in_time_clause(const ns_doc *doc, size_t k0)
{
    /* (not "hit", a past too: "fled before the storm hit on Monday") */
    static const char *const verbs[] = {"arrive",  "arrives", "hits",    "reach",   "reaches",
                                        "begin",   "begins",  "return",  "returns", "resume",
                                        "resumes", "ends",    "expires", NULL};
    static const char *const clause[] = {"before", "until", "till", "once", "when", NULL};
    static const char *const on[] = {"on", "by", NULL};
    size_t k = k0;
    if (k > 0 && ns_doc_word_is(doc, k - 1, on))
        k--;
    if (k < 2)
        return 0;
    char c = first_lower(doc, k - 1); /* (a, h, r, b, e) */
    if (!(c == 'a' || c == 'h' || c == 'r' || c == 'b' || c == 'e') ||
        !ns_doc_word_is(doc, k - 1, verbs))
        return 0;
    uint32_t sent = doc->toks.v[k0].sent;
    for (size_t b = 2; b <= 6 && b <= k; b++) {
        const ns_token *t = &doc->toks.v[k - b];
        if (t->sent != sent || t->kind != NS_TOK_WORD)
            return 0;
        if (ns_doc_word_is(doc, k - b, clause))
            return 1;
    }
    return 0;
}

static int sentence_tense_cue(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const to[] = {"to", NULL};
    static const char *const since[] = {"since", NULL};
    static const char *const intent[] = {
        "planned",  "scheduled", "expected", "decided",    "agreed",   "promised", "pledged",
        "vowed",    "intended",  "aimed",    "threatened", "prepared", "hoped",    "wanted",
        "wished",   "needed",    "slated",   "tipped",     "poised",   "proposed", "offered",
        "asked",    "urged",     "ordered",  "voted",      "set",      "due",      "likely",
        "required", "obliged",   "forced",   "allowed",    "invited",  "called",   "timed",
        "designed", NULL};
    uint32_t sent = doc->toks.v[k0].sent;
    /* "since January" can only look back, whatever the verb's tense: -2 is
     * a past that not even a near future date may break; so can "as
     * recently as January" */
    static const char *const as_[] = {"as", NULL}, *const recently[] = {"recently", NULL};
    if (k0 > 0 && ns_doc_word_is(doc, k0 - 1, since))
        return -2;
    /* nor can "since elections in February", "since the war began in
     * April": the event counted from */
    /* (not a causal "since": "Since the vote is in August") */
    static const char *const in_since[] = {"in", NULL};
    static const char *const now_be[] = {"is", "are", "will", "'s", NULL};
    if (k0 > 2 && ns_doc_word_is(doc, k0 - 1, in_since))
        for (size_t back = 2; back <= 5 && back <= k0; back++) {
            const ns_token *t = &doc->toks.v[k0 - back];
            if (t->sent != sent || t->kind == NS_TOK_PUNCT ||
                ns_doc_word_is(doc, k0 - back, now_be))
                break;
            if (ns_doc_word_is(doc, k0 - back, since))
                return -2;
        }
    int as_before = k0 > 2 && ns_doc_word_is(doc, k0 - 1, as_),
        as_at = ns_doc_word_is(doc, k0, as_);
    /* (k0 may stand at the hedge's first word, left outside the span) */
    if ((as_before && ns_doc_word_is(doc, k0 - 2, recently) && ns_doc_word_is(doc, k0 - 3, as_)) ||
        (as_at && ns_doc_word_is(doc, k0 + 1, recently) && ns_doc_word_is(doc, k0 + 2, as_)))
        return -2;
    /* "setting up a walkout as early as Sunday": a weekday after "as
     * early/soon as" is one still ahead, whatever verb set it up */
    /* (not in a past perfect: "had smelled gas as early as Monday") */
    static const char *const soon[] = {"early", "soon", NULL};
    size_t from =
        as_before && ns_doc_word_is(doc, k0 - 2, soon) && ns_doc_word_is(doc, k0 - 3, as_) ? k0
        : as_at && ns_doc_word_is(doc, k0 + 1, soon) && ns_doc_word_is(doc, k0 + 2, as_)   ? k0 + 3
                                                                                           : k1;
    if (from < k1 && !had_before(doc, k0))
        for (size_t k = from; k < k1 && k < doc->toks.n; k++)
            if (wc[k] & C_WD)
                return 1; /* "as early as 8 a.m. Sunday" */
    int owner = possessive_tense(wc, doc, k0, k1);
    if (owner)
        return owner;
    /* "officials said Sunday could top it", "Saturday will be dry": a
     * weekday the subject of a modal is one ahead */
    static const char *const modal_next[] = {"could", "will", "would", "should",
                                             "might", "may",  NULL};
    static const char *const saying[] = {"said",   "says",   "say",     "predicted", "think",
                                         "thinks", "expect", "expects", NULL};
    if ((wc[k0] & C_WD) && k1 == k0 + 1 && ns_doc_word_is(doc, k1, modal_next) &&
        ((doc->toks.v[k0].flags & NS_TF_SENT_START) ||
         (k0 > 0 && ns_doc_word_is(doc, k0 - 1, saying))))
        return 1;
    /* "as Friday deadline looms", "as Monday's eclipse nears": an event
     * drawing near is ahead */
    static const char *const nears[] = {"looms", "loom", "looming", "nears", "approaches", NULL};
    for (size_t k = k1; k < k1 + 4 && k < doc->toks.n && doc->toks.v[k].sent == sent; k++) {
        if (doc->toks.v[k].kind == NS_TOK_PUNCT && doc->text[doc->toks.v[k].start] != '\'')
            break;
        char c = (char)(doc->text[doc->toks.v[k].start] | 0x20);
        if ((c == 'l' || c == 'n' || c == 'a') && ns_doc_word_is(doc, k, nears))
            return 1;
    }
    /* "will miss eight weeks after scans on Monday confirmed a tear": the
     * verb right after "on <day>" is the day's own clause's */
    /* (not a form of "be" nor a participle before "by": "fans going to
     * the game on Friday were told", "a parade on Friday attended by") */
    static const char *const on[] = {"on", NULL};
    static const char *const be_by[] = {"was", "were", "by", NULL};
    if (k0 > 0 && k1 + 1 < doc->toks.n && ns_doc_word_is(doc, k0 - 1, on) &&
        past_word(wc, doc, k1) && !(wc[k1] & (C_REL | C_BE)) && !ns_doc_word_is(doc, k1, intent) &&
        !ns_doc_word_is(doc, k1, be_by) && !ns_doc_word_is(doc, k1 + 1, be_by) &&
        doc->toks.v[k1].sent == sent)
        return -1;
    /* "late Tuesday or early Wednesday": the second date of a pair shares
     * the first's cue, a few words further back */
    static const char *const orand[] = {"or", "and", NULL};
    /* "covering tonight and Tuesday morning": after a deictic day, its way */
    static const char *const ahead_days[] = {"tonight", "tomorrow", NULL};
    static const char *const back_days[] = {"yesterday", NULL};
    if (k0 > 1 && ns_doc_word_is(doc, k0 - 1, orand)) {
        if (ns_doc_word_is(doc, k0 - 2, ahead_days))
            return 1;
        if (ns_doc_word_is(doc, k0 - 2, back_days))
            return -1;
    }
    if (present_in_time_clause(doc, k0))
        return 1;
    size_t limit = k0 > 0 && ns_doc_word_is(doc, k0 - 1, orand) ? 16 : 8;
    size_t back = 1;
    static const char *const that_[] = {"that", NULL};
    int after_that = 0;
    for (; back <= limit && back <= k0; back++) {
        size_t k = k0 - back;
        if (doc->toks.v[k].sent != sent)
            break;
        if (doc->toks.v[k].flags & NS_TF_SENT_START)
            back = 99; /* the last token to look at */
        int fut = future_cue(wc, doc, k);
        /* the lists below are tested for every word looked back over:
         * their first letter rules out most words before a call */
        char fk = first_lower(doc, k);
        if (after_doing(doc, k))
            return -1;
        /* "guidelines to be published in early November": an infinitive
         * "to be" looks ahead, whatever verb came before */
        static const char *const be[] = {"be", NULL};
        /* (not a backlog counted: "7.2 million were waiting to be treated
         * at the end of January") */
        static const char *const waiting[] = {"waiting", "waited", NULL};
        if (k > 0 && fk == 'b' && ns_doc_word_is(doc, k, be) && ns_doc_word_is(doc, k - 1, to) &&
            !(k > 1 && ns_doc_word_is(doc, k - 2, waiting)))
            return 1;
        /* a participle after "be" ("will be held", "is published") is no
         * past: the auxiliary before it decides; nor is one after "remain"
         * or "stay": "will remain closed Tuesday" */
        static const char *const copulas[] = {"remain", "remains", "remained", "stay",
                                              "stays",  "stayed",  NULL};
        char fb = first_lower(doc, k - 1); /* (k > 0 below) */
        if (k > 0 && !fut &&
            ((wc[k - 1] & C_BE) ||
             ((fb == 'r' || fb == 's') && ns_doc_word_is(doc, k - 1, copulas))))
            continue;
        if (participle_after_will(wc, doc, k))
            continue;
        /* "blackouts could last into January": the verb "last" after a
         * modal, which decides */
        static const char *const last_v[] = {"last", NULL};
        if (k > 0 && fk == 'l' && ns_doc_word_is(doc, k, last_v) && future_cue(wc, doc, k - 1))
            continue;
        /* "the market was open on Friday": the adjective after a past be */
        static const char *const open[] = {"open", NULL};
        static const char *const was[] = {"was", "were", "remained", "stayed", "kept", NULL};
        if (fut && k > 0 && fk == 'o' && ns_doc_word_is(doc, k, open) &&
            ns_doc_word_is(doc, k - 1, was))
            return -1;
        /* "an open letter on Monday": "open" looks ahead only as a verb */
        static const char *const opens_when[] = {
            "on",       "at",  "in",    "from", "until", "till", "this", "next",
            "tomorrow", "for", "their", "its",  "his",   "her",  "the",  NULL};
        /* (and as one with an object: "schools open their doors on Tuesday") */
        /* (or right before the date: "Polls open Tuesday at 9 a.m.") */
        if (fut && fk == 'o' && ns_doc_word_is(doc, k, open) &&
            !ns_doc_word_is(doc, k + 1, opens_when) && k + 1 != k0)
            continue;
        /* "would start an hour earlier than usual on Tuesday": a comparison,
         * no past */
        static const char *const earlier[] = {"earlier", NULL}, *const than[] = {"than", NULL};
        if (fk == 'e' && ns_doc_word_is(doc, k, earlier) && ns_doc_word_is(doc, k + 1, than))
            continue;
        /* "highs of 98 on Thursday, followed by 103 on Friday": a
         * forecast's participle, no past */
        static const char *const followed[] = {"followed", "preceded", NULL};
        static const char *const by[] = {"by", NULL};
        if ((fk == 'f' || fk == 'p') && ns_doc_word_is(doc, k, followed) &&
            ns_doc_word_is(doc, k + 1, by))
            continue;
        /* "a meeting has been called for Saturday": a date set for
         * something looks forward, whatever the tense of the setting */
        static const char *const for_[] = {"for", NULL};
        /* so does a forecast: "issued a warning for Thursday" */
        static const char *const set_for[] = {
            "called",  "scheduled", "set",   "planned", "slated",   "booked",    "booking", "fixed",
            "warning", "warnings",  "alert", "alerts",  "forecast", "forecasts", "issued",  NULL};
        /* ... but not a date it was set for before it moved: "The
         * sentencing, first set for Oct. 29, had been postponed twice" */
        static const char *const before[] = {"originally", "initially", "first", "previously",
                                             NULL};
        if (back == 1 && k > 0 && fk == 'f' && ns_doc_word_is(doc, k, for_) &&
            ns_doc_word_is(doc, k - 1, set_for)) {
            if (k > 1 && ns_doc_word_is(doc, k - 2, before)) {
                back += 2; /* past the setting and its adverb */
                continue;
            }
            /* set now: a future no date just gone may break, 2
             * ("Elections are now scheduled for December 23", said on 20
             * February; not "games scheduled for the week of March 19 were
             * washed out", "had originally been scheduled for Jan. 17") */
            static const char *const now_set[] = {"is", "are", "be", "now", NULL};
            static const char *const been[] = {"been", NULL}, *const has[] = {"has", "have", NULL};
            if (k > 1 &&
                (ns_doc_word_is(doc, k - 2, now_set) ||
                 (k > 2 && ns_doc_word_is(doc, k - 2, been) && ns_doc_word_is(doc, k - 3, has))))
                return 2;
            return 1;
        }
        /* a warning is of what is still to come: "has warned of snow in
         * the north on Wednesday" (a past verb nearer the date, "warned
         * that the bridge had closed on Monday", has decided before) */
        static const char *const warned[] = {"warned",  "warns",    "warn",
                                             "warning", "warnings", NULL};
        static const char *const of_that[] = {"of", "that", "about", NULL};
        if (fk == 'w' && ns_doc_word_is(doc, k, warned) && ns_doc_word_is(doc, k + 1, of_that))
            return 1;
        /* so is a hint: "Ministers have hinted at an election in the
         * autumn" */
        static const char *const hinted[] = {"hinted", "hints", "hint", NULL};
        static const char *const at[] = {"at", NULL};
        if (fk == 'h' && ns_doc_word_is(doc, k, hinted) && ns_doc_word_is(doc, k + 1, at))
            return 1;
        /* a change is measured from a level already seen: "fell below
         * $2.40 this week, down from $3.68 in late April" */
        static const char *const from_[] = {"from", NULL};
        static const char *const up_down[] = {"up", "down", NULL};
        static const char *const comma[] = {",", NULL};
        /* (or after a be: "That is down from 7.26 million at the end of
         * December") */
        if (k > 1 && fk == 'f' && ns_doc_word_is(doc, k, from_) &&
            ns_doc_word_is(doc, k - 1, up_down) &&
            (ns_doc_word_is(doc, k - 2, comma) || (wc[k - 2] & C_BE)) &&
            period_words(wc, doc, k0, k1))
            return -1; /* not "building up from Monday", "the current year" */
        /* "to ease to 2.5% from 2.8% in January": the level it moves from
         * was seen */
        static const char *const in_[] = {"in", NULL};
        if (fk == 'f' && ns_doc_word_is(doc, k, from_) && k + 3 <= k0 && k + 5 >= k0 &&
            doc->toks.v[k + 1].kind == NS_TOK_NUMBER && ns_doc_word_is(doc, k0 - 1, in_) &&
            period_words(wc, doc, k0, k1) && level_between(doc, k + 2, k0 - 1))
            return -1;
        /* "ahead of a decision on Thursday" looks forward, and so does
         * "traders looked ahead to Thursday's OPEC meeting" */
        static const char *const ahead[] = {"ahead", NULL}, *const of[] = {"of", "to", NULL};
        if (fk == 'a' && ns_doc_word_is(doc, k, ahead) && ns_doc_word_is(doc, k + 1, of))
            return 1;
        /* a court's next date: "was bailed to appear at Leeds Crown Court
         * on Monday", "remanded in custody to appear again in April" */
        /* (not "failed to appear in court on Monday") */
        static const char *const appear[] = {"appear", NULL}, *const to_i[] = {"to", NULL};
        static const char *const failed[] = {"failed", "refused", "declined", NULL};
        /* (a byte test first: this runs for every word looked back over) */
        if (k > 1 && doc->toks.v[k].end - doc->toks.v[k].start == 6 &&
            (doc->text[doc->toks.v[k].start] | 0x20) == 'a' && ns_doc_word_is(doc, k, appear) &&
            ns_doc_word_is(doc, k - 1, to_i) && !ns_doc_word_is(doc, k - 2, failed))
            return 1;
        /* "the last of the jets" says nothing of the tense */
        static const char *const last[] = {"last", NULL}, *const the[] = {"the", NULL};
        if (k > 0 && fk == 'l' && ns_doc_word_is(doc, k, last) && ns_doc_word_is(doc, k - 1, the))
            continue;
        /* "expected to last until the weekend": the verb, no tense */
        static const char *const to_modal[] = {"to",  "will",  "would", "could",  "can",
                                               "may", "might", "must",  "should", NULL};
        if (k > 0 && fk == 'l' && ns_doc_word_is(doc, k, last) &&
            ns_doc_word_is(doc, k - 1, to_modal))
            continue;
        /* "would not comment on Friday", "could never be reached": a
         * refusal reported, in the past ("could not" and "couldn't" are no
         * future at all: future_cue) */
        static const char *const could[] = {"could", "would", NULL};
        static const char *const not [] = {"not", "n't", "never", NULL};
        /* ... but "buses would not run Monday" looks ahead */
        static const char *const speech[] = {
            "comment", "be",      "say",       "confirm",  "disclose",  "respond", "reveal",
            "discuss", "specify", "elaborate", "identify", "speculate", NULL};
        /* ("be" only as the passive of "could not be reached", not "would
         * not be on the ballot in November") */
        static const char *const be_[] = {"be", NULL};
        if (fut && (fk == 'c' || fk == 'w') && ns_doc_word_is(doc, k, could) &&
            ns_doc_word_is(doc, k + 1, not ) && ns_doc_word_is(doc, k + 2, speech) &&
            !(ns_doc_word_is(doc, k + 2, be_) && !ends_in_ed(doc, k + 3)))
            return -1;
        if (fut)
            return 1;
        /* "the plan was to declare early on Saturday": a future seen from
         * the past */
        static const char *const was_were[] = {"was", "were", NULL};
        static const char *const the_a[] = {"the", "a", "an", "blame", "be", NULL};
        /* (a plan's or a pronoun's: "one of his offences was to write a
         * letter in May" tells what was done) */
        static const char *const planner[] = {
            "plan",  "plans",  "aim",         "idea",   "goal",     "intention",
            "hope",  "target", "alternative", "option", "proposal", "objective",
            "which", "who",    "he",          "she",    "it",       "they",
            "we",    "i",      "that",        NULL};
        if (fk == 'w' && ns_doc_word_is(doc, k, was_were) && k > 0 &&
            ns_doc_word_is(doc, k - 1, planner) && k + 2 < k0 && ns_doc_word_is(doc, k + 1, to) &&
            ns_doc_lower_word(doc, k + 2) && !ns_doc_word_is(doc, k + 2, the_a))
            return 1;
        /* "planned a rally on Saturday": a future seen from the past */
        static const char *const planned[] = {"planned", "scheduled", "slated", NULL};
        if ((fk == 'p' || fk == 's') && ns_doc_word_is(doc, k, planned) && !attributive(doc, k))
            return 1;
        if (past_word(wc, doc, k)) {
            /* "planned to leave on Thursday": a future seen from the past;
             * "eased to 47% in November", "went to Paris" stay past */
            if (ns_doc_word_is(doc, k, intent) && to_within(doc, k + 1, k0) &&
                !agreed_to_thing(doc, k))
                return future_in_past(doc, k);
            /* "It said that sales in December will rise": a date in the
             * subject of a "that" clause takes the clause's own verb */
            /* nor does "He said holidays in November and December would
             * reduce working days": a saying's clause, "that" left out,
             * whose subject holds the date (not "said on Wednesday it would
             * decide", the saying's own day) */
            static const char *const said[] = {"said", "says", NULL};
            /* (words after "said" that start no subject holding a date) */
            static const char *const not_subject[] = {
                "on",   "in", "at",  "late", "early", "last",  "this", "that", "it",
                "they", "he", "she", "we",   "its",   "there", "the",  "a",    NULL};
            int subject = ns_doc_word_is(doc, k, said) && k + 1 < k0 &&
                          doc->toks.v[k + 1].kind == NS_TOK_WORD &&
                          doc->text[doc->toks.v[k + 1].start] >= 'a' &&
                          doc->text[doc->toks.v[k + 1].start] <= 'z' &&
                          !ns_doc_word_is(doc, k + 1, not_subject);
            /* "said Saturday night's broadcast would open": the day's
             * possessive makes it the subject's, not the saying's day */
            if (ns_doc_word_is(doc, k, said) && k + 1 == k0 && ns_doc_word_is(doc, k1, possessive))
                subject = 1;
            /* "forecasters said the weekend should be dry": a date with its
             * own article right after "said" opens the clause */
            if (ns_doc_word_is(doc, k, said) && k + 1 == k0 && ns_doc_word_is(doc, k0, the))
                subject = 1;
            return (after_that || subject) && clause_will(wc, doc, k1) ? 1 : -1;
        }
        if (fk == 't' && ns_doc_word_is(doc, k, that_))
            after_that = 1;
    }
    /* "would miss England's qualifying match against Moldova on Sunday":
     * past the window only a modal of the future counts, before any past
     * verb or the sentence's start, up to 17 words back (nine more than
     * the window: 13 errors fixed, 6 made; 14 more: 22 and 15; 20 more:
     * 24 and 18; "will" alone beyond 14: 14 and 14); "could" too ("The
     * Sierra could see 3 to 5 feet of snow above 7,000 feet through the
     * weekend": 10 fixed, 0 made; "may" and "might" change nothing) */
    /* (not across a clause of its own the date stands in, with its own
     * verb in the past: "harvest could be the poorest in a decade, after
     * the driest spring in the region for 130 years was followed by a
     * heatwave"; not "will make an announcement after a cabinet meeting
     * later on Thursday") */
    static const char *const opens_clause[] = {"after", "because", "although", "though",
                                               "while", "since",   "when",     NULL};
    static const char *const was_were[] = {"was", "were", NULL};
    int clause = 0;
    for (size_t b1 = 2; back == limit + 1 && b1 <= limit && b1 <= k0 && !clause; b1++) {
        char c = first_lower(doc, k0 - b1); /* (a, b, t, w, s) */
        clause = (c == 'a' || c == 'b' || c == 't' || c == 'w' || c == 's') &&
                 ns_doc_word_is(doc, k0 - b1, opens_clause);
    }
    for (size_t k = k1; clause && k < k1 + 10 && k < doc->toks.n; k++) {
        if (doc->toks.v[k].kind == NS_TOK_PUNCT || doc->toks.v[k].sent != sent)
            break;
        if ((wc[k] & C_PAST) || ns_doc_word_is(doc, k, was_were)) {
            back = 0;
            break;
        }
    }
    if (back == limit + 1) {
        static const char *const modal[] = {"will",   "'ll",   "shall", "would",
                                            "should", "could", NULL};
        for (size_t b2 = back; b2 <= limit + 9 && b2 <= k0; b2++) {
            size_t k = k0 - b2;
            /* "voted 5-2 late Tuesday to close three elementary schools in
             * June": a decision's infinitive, ahead of it */
            if (doc->toks.v[k].sent == sent && decided_to(wc, doc, k, k0))
                return 1;
            /* a participle after "be" is no past: "should be sent to the
             * press office, Dublin 2, before 5pm on Friday" */
            if (doc->toks.v[k].sent != sent || ((wc[k] & C_PAST) && !(k > 0 && (wc[k - 1] & C_BE))))
                break;
            if (after_doing(doc, k))
                return -1;
            char fm = first_lower(doc, k); /* (w, ', s, c) */
            if ((fm == 'w' || fm == '\'' || fm == 's' || fm == 'c') &&
                ns_doc_word_is(doc, k, modal))
                return 1;
            /* "Villa host AZ Alkmaar in the Europa Conference League on
             * Thursday": a fixture's verb */
            /* (and a schedule's: "The schedule opens with a three-match
             * series against New Zealand starting at Lord's on 4 June") */
            static const char *const fixture[] = {"host",  "hosts",  "face",   "faces",
                                                  "meet",  "meets",  "play",   "plays",
                                                  "opens", "begins", "starts", NULL};
            /* (future_cue asks the lexicon's mark first: so does this) */
            if ((wc[k] & C_FUT) && ns_doc_word_is(doc, k, fixture) && future_cue(wc, doc, k) &&
                !score_between(doc, k, k0))
                return 1; /* not "World Cup hosts France beat Mexico 2-0 on Saturday" */
            /* "plan to march from the Capitol to the park on Saturday" */
            /* (and "Delphine is forecast to race across the Caribbean Sea,
             * passing south of Jamaica on Thursday") */
            static const char *const plan_to[] = {
                "plan",      "plans",  "planning", "scheduled", "expected", "due", "forecast",
                "projected", "likely", "slated",   "poised",    "set",      NULL};
            static const char *const to_[] = {"to", NULL};
            static const char *const was[] = {"was", "were", "had", "been", NULL};
            /* (a verb after "to": not "cut its yield forecast to 146
             * bushels") */
            if (ns_doc_word_is(doc, k + 1, to_) && ns_doc_word_is(doc, k, plan_to) &&
                !(k > 0 && ns_doc_word_is(doc, k - 1, was)) && ns_doc_lower_word(doc, k + 2))
                return 1; /* not "was due to catch a flight later on Tuesday" */
            /* "he expects the bill to reach the governor's desk in November" */
            static const char *const expects[] = {"expects", "expect", "wants", "want", NULL};
            if (ns_doc_word_is(doc, k, expects) && to_within(doc, k + 1, k0))
                return 1;
            if (doc->toks.v[k].flags & NS_TF_SENT_START)
                break;
        }
    }
    /* "On Sunday, police and FBI agents said ...": at the start of a
     * sentence the verb follows; later, a verb after the date is a
     * reporting one ("... in March, an official said") */
    int inner = k0 > 0 && doc->toks.v[k0 - 1].sent == sent &&
                !(doc->toks.v[k0 - 1].flags & NS_TF_SENT_START) && !opens_sentence(doc, k0);
    /* inside the subject ("Sales in April rose 5%") the verb that follows,
     * before any comma, is the sentence's own unless it reports */
    static const char *const reports[] = {"said",   "says",  "told",   "reported", "announced",
                                          "added",  "noted", "stated", "wrote",    "confirmed",
                                          "showed", "shows", NULL};
    /* past a second day: "screenings on Nov. 6 and 7 will sell out" */
    static const char *const andor[] = {"and", "or", NULL};
    size_t kf = k1;
    if (kf + 1 < doc->toks.n && ns_doc_word_is(doc, kf, andor) &&
        doc->toks.v[kf + 1].kind == NS_TOK_NUMBER)
        kf += 2;
    /* "fractured a finger in the final on Sunday and is expected to miss
     * six weeks": a verb after "and" is the next clause's; the date's own
     * verb may stand further back than the window above */
    static const char *const coord[] = {"and", "but", NULL};
    int crossed = 0;
    static const char *const quote_end[] = {"\"", "\u201d", NULL};
    for (size_t k = kf; k < doc->toks.n && k < kf + (inner ? 3 : 8); k++) {
        /* (nor past the quotation: "\"In August it's fine,\" she said") */
        if (doc->toks.v[k].sent != sent || ns_doc_word_is(doc, k, quote_end))
            break;
        if (inner && (doc->toks.v[k].kind != NS_TOK_WORD || ns_doc_word_is(doc, k, reports)))
            return 0;
        if (ns_doc_word_is(doc, k, coord))
            crossed = 1;
        /* "Wednesday marks 20 years since the couple married": the day's
         * own present, whatever the past of the clause after it */
        static const char *const marks[] = {"marks", NULL};
        if (k == kf && ns_doc_word_is(doc, k, marks))
            return 1;
        if (k == kf && day_in_present(doc, k0, kf))
            return 1;
        int fut = future_cue(wc, doc, k);
        if (!fut && k > 0 && (wc[k - 1] & C_BE))
            continue;
        if (fut)
            return crossed && past_far_back(wc, doc, k0) ? -1 : 1;
        /* "On Friday, the government planned to pay": the plan was made
         * then, whatever it was for */
        if (past_word(wc, doc, k))
            return -1;
    }
    return 0;
}

static int wc_of_prev_is_numw(const ns_doc *doc, size_t k)
{
    static const char *const small[] = {"one",   "two",   "three", "four", "five", "six",
                                        "seven", "eight", "nine",  "ten",  NULL};
    return ns_doc_word_is(doc, k, small);
}

/* The month token k names (full or abbreviated, any case), 1..12, or 0. */
static int lex_month(const ns_doc *doc, size_t k)
{
    static const char *const names[12][3] = {
        {"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
        {"april", "apr", NULL},   {"may", NULL, NULL},       {"june", "jun", NULL},
        {"july", "jul", NULL},    {"august", "aug", NULL},   {"september", "sep", "sept"},
        {"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL}};
    for (int m = 0; m < 12; m++) {
        const char *list[4] = {names[m][0], names[m][1], names[m][2], NULL};
        if (ns_doc_word_is(doc, k, list))
            return m + 1;
    }
    return 0;
}

static int lex_is_month(const ns_doc *doc, size_t k)
{
    return lex_month(doc, k) != 0;
}

/* Whether token k names a weekday in full, in any case. */
static int lex_is_weekday(const ns_doc *doc, size_t k)
{
    static const char *const names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday",    NULL};
    return ns_doc_word_is(doc, k, names);
}

/* Counts in words that may follow the verb "last": "could last several months". */
static const char *const amounts_words[] = {
    "a",      "an",    "several", "few",   "many", "eleven",   "twelve",  "twenty",
    "thirty", "forty", "fifty",   "sixty", "more", "hundreds", "another", NULL};

/* Context checks a pattern cannot make: a bare month or season must be
 * read as one, a bare year must not count things. */
/* Whether the sentence of token k reports a match: a goal, a score, a
 * penalty. */
static int sports_sentence(const ns_dates *d, const ns_doc *doc, size_t k)
{
    static const char *const off[] = {"off", NULL}, *const card[] = {"card", NULL};
    static const char *const by[] = {"by", NULL}, *const as[] = {"as", NULL};
    uint32_t sent = doc->toks.v[k].sent;
    size_t a = k > 30 ? k - 30 : 0;
    for (size_t j = a; j < doc->toks.n && j < k + 30; j++) {
        /* (every test below starts with a word of the lists at j) */
        if (doc->toks.v[j].sent != sent || !pairs_may(&d->match_first, doc, j))
            continue;
        if (ns_doc_word_is(doc, j, match_play) ||
            (ns_doc_word_is(doc, j, match_sent) && ns_doc_word_is(doc, j + 1, off)) ||
            (ns_doc_word_is(doc, j, match_colour) && ns_doc_word_is(doc, j + 1, card)))
            return 1; /* "sent off in the first half" */
        if (ns_doc_word_is(doc, j, match_led) && ns_doc_word_is(doc, j + 1, by) &&
            j + 2 < doc->toks.n &&
            (doc->toks.v[j + 2].kind == NS_TOK_NUMBER || wc_of_prev_is_numw(doc, j + 2) ||
             ns_doc_word_is(doc, j + 2, as)))
            return 1;
    }
    return 0;
}

/* Whether the story of token k is a match report: two of the words only
 * play uses ("half-time", "goalkeeper", "equaliser") anywhere in it, so a
 * half in a sentence with none of them ("Boca levelled early in the
 * second half when Zeballos curled a shot") is still the match's. */
static int sports_story(const ns_dates *d, const ns_doc *doc)
{
    char first[16] = "", w[16];
    for (size_t j = 0; j < doc->toks.n; j++) {
        const ns_token *t = &doc->toks.v[j];
        /* (a pass over the whole story: the first two letters rule out
         * most words before the list) */
        if (t->kind != NS_TOK_WORD || t->end - t->start < 5 || !pairs_may(&d->story_play, doc, j) ||
            !ns_doc_word_is(doc, j, story_play))
            continue;
        /* (two different words: a story may name its goalkeeper twice) */
        lower_word(doc, t, w, sizeof w);
        if (!first[0])
            memcpy(first, w, sizeof w);
        else if (strcmp(first, w) != 0)
            return 1;
    }
    return 0;
}

/* Whether token k stands in a line written in title case, as a press
 * release's headline is ("Reports Fourth Quarter and Full Year 2024
 * Results"): nearly every word of four letters or more capitalised. */
static int title_case_line(const ns_doc *doc, size_t k)
{
    size_t a = k, b = k + 1;
    while (a > 0 && k - a < 30 && !(doc->toks.v[a].flags & NS_TF_NEWLINE_BEFORE))
        a--;
    while (b < doc->toks.n && b - k < 30 && !(doc->toks.v[b].flags & NS_TF_NEWLINE_BEFORE))
        b++;
    size_t words = 0, caps = 0, numbers = 0;
    for (size_t j = a; j < b; j++) {
        const ns_token *t = &doc->toks.v[j];
        numbers += t->kind == NS_TOK_NUMBER; /* a table's row is no headline */
        if (t->kind != NS_TOK_WORD || t->end - t->start < 4)
            continue;
        words++;
        caps += doc->text[t->start] >= 'A' && doc->text[t->start] <= 'Z';
    }
    return words >= 3 && numbers <= 1 && caps * 10 >= words * 9;
}

/* The token after "week of" when it starts at k ("the week of Christmas"),
 * else k. */
static size_t after_week_of(const ns_doc *doc, size_t k)
{
    static const char *const week[] = {"week", NULL}, *const of[] = {"of", NULL};
    return ns_doc_word_is(doc, k, week) && ns_doc_word_is(doc, k + 1, of) ? k + 2 : k;
}

/* Whether a capital "May" or "March" at token k is the month without a
 * preposition to vouch for it: after an article or a possessive, an
 * adjective between ("its March meeting", "the snowiest March", "a cold
 * March"), before a noun it qualifies ("March sales rose", "May corn
 * settled") or before another month ("May or June"). A name ("Theresa
 * May", "his daughter May", "May said") and the modal and the verb ("May
 * I", "will March on") are none of these. Not in a headline's title case. */
static int capital_month(const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const dets[] = {"the", "its",  "their", "his",  "her",  "our",   "a",
                                       "an",  "this", "last",  "next", "that", "every", NULL};
    /* words that follow a name or a verb, not a month qualifying a noun */
    static const char *const not_nouns[] = {
        "said", "says", "told", "and", "for",  "to",      "of",   "is",   "was", "has",   "had",
        "will", "with", "on",   "in",  "into", "through", "past", "from", "at",  "would", NULL};
    static const char *const kin[] = {"daughter", "son",  "wife",  "husband", "mother",
                                      "sister",   "aunt", "niece", "widow",   "friend",
                                      "goat",     "cat",  "dog",   NULL};
    static const char *const joins[] = {"or", "and", "to", "through", NULL};
    const ns_token *t = &doc->toks.v[k];
    if (klast != k || (t->flags & (NS_TF_HEADLINE | NS_TF_ALL_UPPER)) || title_case_line(doc, k))
        return 0;
    if (k > 0 && (((doc->toks.v[k - 1].flags & NS_TF_UPPER_INITIAL) &&
                   !(doc->toks.v[k - 1].flags & NS_TF_SENT_START)) ||
                  ns_doc_word_is(doc, k - 1, kin)))
        return 0;
    if (klast + 2 < doc->toks.n && ns_doc_word_is(doc, klast + 1, joins) &&
        lex_is_month(doc, klast + 2))
        return 1;
    /* what follows: a lower-case noun it qualifies, or the end of a phrase
     * after an article ("the snowiest March in the region", "a cold March.") */
    int next_noun = 0, next_ok = 1;
    if (klast + 1 < doc->toks.n && doc->toks.v[klast + 1].kind == NS_TOK_WORD) {
        const ns_token *n = &doc->toks.v[klast + 1];
        const char *ns = doc->text + n->start;
        size_t nl = n->end - n->start;
        int lower = ns[0] >= 'a' && ns[0] <= 'z';
        next_ok = lower && !ns_doc_word_is(doc, klast + 1, not_nouns);
        next_noun = next_ok && !(nl > 3 && ns[nl - 2] == 'e' && ns[nl - 1] == 'd');
        /* ("on record", "in the region" after an article stay fine) */
        static const char *const after_det[] = {"on", "in", "since", NULL};
        next_ok |= lower && ns_doc_word_is(doc, klast + 1, after_det);
    }
    int det =
        (k > 0 && ns_doc_word_is(doc, k - 1, dets)) ||
        (k > 1 && ns_doc_word_is(doc, k - 2, dets) && doc->toks.v[k - 1].kind == NS_TOK_WORD &&
         doc->text[doc->toks.v[k - 1].start] >= 'a' && doc->text[doc->toks.v[k - 1].start] <= 'z');
    return det ? next_ok : next_noun;
}

/* Whether the season word at token k follows another and a conjunction:
 * "this summer and fall", "spring or summer", the second as much a
 * season as the first. */
static int season_pair(const ns_doc *doc, size_t k)
{
    static const char *const seasons[] = {"spring", "summer", "fall", "autumn", "winter", NULL};
    static const char *const andor[] = {"and", "or", NULL};
    return k > 1 && ns_doc_word_is(doc, k - 1, andor) && ns_doc_word_is(doc, k - 2, seasons);
}

/* Whether the season at token k is one a story describes: "a wet
 * summer", "a hot, dry summer", "a scorching winter" (not spring or fall,
 * which an adjective leaves a water spring or a drop: "a hot spring", "a
 * sharp fall"). */
static int described_season(const ns_doc *doc, size_t k)
{
    static const char *const seasons[] = {"summer", "winter", "autumn", NULL};
    static const char *const a[] = {"a", "an", NULL};
    /* and no noun after it: "a powerful winter storm", "a two-week winter
     * break" */
    static const char *const after[] = {"in",   "as",   "for",   "of", "and",   "or",     "when",
                                        "with", "that", "which", "to", "after", "before", NULL};
    if (!ns_doc_word_is(doc, k, seasons))
        return 0;
    if (k + 1 < doc->toks.n && doc->toks.v[k + 1].kind == NS_TOK_WORD &&
        !ns_doc_word_is(doc, k + 1, after))
        return 0;
    size_t adjs = 0;
    for (size_t j = k; j-- > 0 && k - j <= 4;) {
        const ns_token *t = &doc->toks.v[j];
        if (t->kind == NS_TOK_PUNCT && doc->text[t->start] == ',' && adjs > 0)
            continue;
        if (ns_doc_word_is(doc, j, a))
            return adjs > 0;
        if (t->kind != NS_TOK_WORD || doc->text[t->start] < 'a' || doc->text[t->start] > 'z')
            return 0;
        adjs++;
    }
    return 0;
}

/* Whether the season at token k is ranked by a superlative: "the wettest
 * summer on record", "its second-hottest summer", "the warmest spring since
 * 1910" (no fall: "the steepest fall" is a drop), with no noun after it
 * ("the coldest winter storm"). */
static int ranked_season(const ns_doc *doc, size_t k)
{
    static const char *const seasons[] = {"summer", "winter", "autumn", "spring", NULL};
    static const char *const dets[] = {"the", "its", "their", "our", "a", NULL};
    static const char *const after[] = {"on", "since", "in", "for", "of", "ever", "yet", NULL};
    if (k < 2 || !ns_doc_word_is(doc, k, seasons) || !ns_doc_word_is(doc, k - 2, dets))
        return 0;
    if (k + 1 < doc->toks.n && doc->toks.v[k + 1].kind == NS_TOK_WORD &&
        !ns_doc_word_is(doc, k + 1, after))
        return 0;
    const ns_token *a = &doc->toks.v[k - 1];
    size_t n = a->end - a->start;
    return a->kind == NS_TOK_WORD && n >= 5 && doc->text[a->start] >= 'a' &&
           doc->text[a->start] <= 'z' && memcmp(doc->text + a->end - 3, "est", 3) == 0;
}

/* Whether the bare season at token k is a clause's subject, before a verb
 * a season takes: "Spring is almost here", "Summer has not officially
 * arrived", "as winter approaches" (at a sentence's start or after "as",
 * "when", "until" or "before"; "Summer said" is a name). */
static int season_subject(const ns_doc *doc, size_t k)
{
    static const char *const openers[] = {"as", "when", "until", "before", "once", NULL};
    static const char *const verbs[] = {
        "is",         "was",   "has",     "had",      "will",    "arrived",    "arrives",
        "begins",     "began", "starts",  "started",  "ends",    "ended",      "approaches",
        "approached", "came",  "comes",   "brings",   "brought", "officially", "traditionally",
        "sets",       "set",   "returns", "returned", "can",     "can't",      "cannot",
        "gives",      "gave",  NULL};
    int opens =
        (doc->toks.v[k].flags & NS_TF_SENT_START) || (k > 0 && ns_doc_word_is(doc, k - 1, openers));
    return opens && ns_doc_word_is(doc, k + 1, verbs);
}

/* Whether the match [k, klast] ends "the last (first, final) day" before
 * "of", "for" or "to": "the last day of classes", "the last day for
 * students", "the last day to pay" name a day of something else, neither
 * one back from today nor a day's span (the match may begin at "last"). */
static int day_of_something(const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const the_[] = {"the", NULL};
    static const char *const firstlast[] = {"last", "first", "final", NULL};
    static const char *const day_[] = {"day", NULL};
    static const char *const of_for_to[] = {"of", "for", "to", NULL};
    return klast >= 2 && klast <= k + 2 && ns_doc_word_is(doc, klast, day_) &&
           ns_doc_word_is(doc, klast - 1, firstlast) && ns_doc_word_is(doc, klast - 2, the_) &&
           klast + 1 < doc->toks.n && ns_doc_word_is(doc, klast + 1, of_for_to);
}

/* Whether a duration at tokens k..klast is no length of time: "a night
 * like this", "a day like no other"; cricket's "one-day international"
 * and "three centuries" (hundreds of runs). */
static int not_a_length(const ns_doc *doc, size_t k, size_t klast, const ns_timex_parse *p)
{
    static const char *const like[] = {"like", NULL}, *const a[] = {"a", "an", NULL};
    static const char *const formats[] = {"international", "internationals", "series",  "squad",
                                          "side",          "team",           "cup",     "format",
                                          "cricket",       "match",          "matches", NULL};
    static const char *const cricket[] = {"hit",     "hits",   "scored", "scoring",
                                          "batting", "batted", "batter", "batsman",
                                          "innings", "runs",   NULL};
    if (klast == k + 1 && ns_doc_word_is(doc, k, a) && ns_doc_word_is(doc, klast + 1, like))
        return 1;
    if (p->unit == NS_TU_DAY && p->count == 1 && (doc->toks.v[klast].flags & NS_TF_HAS_HYPHEN) &&
        ns_doc_word_is(doc, klast + 1, formats))
        return 1;
    if (p->unit == NS_TU_CENTURY && p->count >= 1 && klast > k) {
        uint32_t sent = doc->toks.v[k].sent;
        for (size_t j = k > 12 ? k - 12 : 0; j < doc->toks.n && j < klast + 12; j++)
            if (doc->toks.v[j].sent == sent && ns_doc_word_is(doc, j, cricket))
                return 1;
    }
    return 0;
}

/* Whether token j opens or closes a quotation: '"', a curly double quote. */
static int quote_mark(const ns_doc *doc, size_t j)
{
    const ns_token *t = &doc->toks.v[j];
    size_t n = t->end - t->start;
    const char *s = doc->text + t->start;
    return (n == 1 && s[0] == '"') ||
           (n == 3 && (memcmp(s, "\xe2\x80\x9c", 3) == 0 || memcmp(s, "\xe2\x80\x9d", 3) == 0));
}

/* Whether tokens k..klast stand inside a quoted title, every word of it
 * but the small ones capitalised: "Sunday Kind of Heartache", "Wendell
 * Takes a Wednesday" name a song and a book, not a day. */
static int in_quoted_title(const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const small[] = {"a",  "an", "the", "of",  "and", "or", "in",
                                        "on", "to", "at",  "for", "by",  NULL};
    size_t open = SIZE_MAX, close = SIZE_MAX;
    for (size_t j = k; j-- > 0 && k - j <= 8;) {
        if (quote_mark(doc, j)) {
            open = j;
            break;
        }
        if (doc->toks.v[j].kind != NS_TOK_WORD)
            return 0;
    }
    size_t end = SIZE_MAX; /* the title's last token + 1 */
    for (size_t j = klast + 1; j < doc->toks.n && j - klast <= 8; j++) {
        if (quote_mark(doc, j)) {
            close = end = j;
            break;
        }
        /* a comma the American style puts inside the marks: "\"Midnight
         * Protocol,\" which collected" */
        const char *c = doc->text + doc->toks.v[j].start;
        if (doc->toks.v[j].kind == NS_TOK_PUNCT && (*c == ',' || *c == '.') &&
            j + 1 < doc->toks.n && quote_mark(doc, j + 1)) {
            end = j;
            close = j + 1;
            break;
        }
        if (doc->toks.v[j].kind != NS_TOK_WORD)
            return 0;
    }
    if (open == SIZE_MAX || close == SIZE_MAX || end - open < 3 ||
        (open + 1 == k && end == klast + 1))
        return 0; /* "Monday" or "Last Friday," alone in quotes is a day still */
    /* (a title of two words, or one that ends on a comma, with marks that
     * open and close it: not the words between two quotations, '"over a
     * very long lunch" in August. "Nobody ...') */
    if ((end - open < 4 || end != close) &&
        (doc->toks.v[open + 1].start != doc->toks.v[open].end ||
         doc->toks.v[close].start != doc->toks.v[close - 1].end))
        return 0;
    for (size_t j = open + 1; j < end; j++) {
        char c = doc->text[doc->toks.v[j].start];
        if (!(c >= 'A' && c <= 'Z') && !ns_doc_word_is(doc, j, small))
            return 0;
    }
    return 1;
}

/* Whether the month ending at token klast names a contract: "November
 * soybeans rose", "September gasoline stood", "the Dutch January contract",
 * "March Brent futures". */
static int contract_month(const ns_doc *doc, size_t klast)
{
    static const char *const delivery[] = {
        "delivery", "contract", "contracts", "futures", "crude",    "gasoline",  "heating",
        "unleaded", "silver",   "gold",      "copper",  "platinum", "palladium", "corn",
        "wheat",    "soybeans", "soybean",   "soymeal", "soyoil",   "cotton",    "sugar",
        "coffee",   "cocoa",    "cattle",    "hogs",    "canola",   "lumber",    "gilt",
        "bund",     "oats",     NULL};
    static const char *const futures[] = {"futures", NULL};
    return ns_doc_word_is(doc, klast + 1, delivery) || ns_doc_word_is(doc, klast + 2, futures) ||
           ns_doc_word_is(doc, klast + 3, futures);
}

/* Whether token j is a capitalised word inside a sentence. */
static int capital_word(const ns_doc *doc, size_t j)
{
    if (j >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[j];
    return t->kind == NS_TOK_WORD && doc->text[t->start] >= 'A' && doc->text[t->start] <= 'Z' &&
           !(t->flags & (NS_TF_NEWLINE_BEFORE | NS_TF_SENT_START));
}

/* Whether a capitalised match at tokens k..klast names a work or a thing
 * rather than a time: "Midnight Bakers", "Winter Solstice Road", "A Short
 * History of Tomorrow", "Six O'Clock Shift", "Tuesdays With Grandpa Gus",
 * "Nineteen Eighty-Nine" in quotes. Prose writes these words in lower
 * case; only a sentence's start, a headline in title case, a weekday, a
 * month, a feast or a written year capitalise them as times. */
static int in_work_title(const ns_doc *doc, size_t k, size_t klast, const ns_timex_parse *p)
{
    if (p->month || p->holiday || p->feast)
        return 0;
    for (size_t j = k; j <= klast; j++) {
        const ns_token *t = &doc->toks.v[j];
        char c = doc->text[t->start], c2 = t->end - t->start > 1 ? doc->text[t->start + 1] : 'a';
        /* "Six months", "7 Days" are prose; "Q1", "NOW" a code or a shout */
        if (t->kind != NS_TOK_WORD || (t->flags & NS_TF_HAS_DIGIT) || !(c >= 'A' && c <= 'Z') ||
            (c2 >= 'A' && c2 <= 'Z'))
            return 0;
    }
    /* "Nineteen Eighty-Nine" alone in quotes, no comma inside: a title */
    int quoted =
        k > 0 && quote_mark(doc, k - 1) && klast + 1 < doc->toks.n && quote_mark(doc, klast + 1);
    if (quoted)
        return 1;
    if (p->weekday && klast == k) {
        /* "Tuesdays With Grandpa Gus", "the band Late Tuesdays": a plural
         * weekday by a capital that starts no sentence */
        if (p->kind != NS_TX_SET)
            return 0;
        return capital_word(doc, klast + 1) ||
               (k > 1 && capital_word(doc, k - 1) && doc->toks.v[k - 2].kind == NS_TOK_WORD);
    }
    /* after a word only: a dash, a colon or a bullet starts a sentence */
    if (k == 0 || (doc->toks.v[k].flags & (NS_TF_SENT_START | NS_TF_NEWLINE_BEFORE)) ||
        doc->toks.v[k - 1].kind != NS_TOK_WORD || title_case_line(doc, k))
        return 0;
    return 1;
}

/* Whether a pattern's name is the literal `lit`: the first letters tell
 * most names apart without a call (context_ok asks a dozen times a match). */
#define NAME_IS(name, lit) ((name)[0] == (lit)[0] && strcmp((name), (lit)) == 0)

/* A bit of doc->flags this stage sets while it runs (no NEWSENT_EXTRACT_*
 * flag): the text is in lower case (lower_case_text). */
#define NS_DOC_LOWER_CASE 0x40000000u
/* ... and some lines open with a live blog's clock (mark_blog_stamps) */
#define NS_DOC_BLOG_HEADS 0x20000000u
/* ... and whether the document writes its numeric dates day first has
 * been asked (infer_day_first, run at the first slashed or dashed date) */
#define NS_DOC_ORDER_KNOWN 0x10000000u
/* ... and whether the story is a match report has been asked (at its first
 * half, quarter or period), and what it said: sports_story scans the whole
 * text, once */
#define NS_DOC_SPORTS_KNOWN 0x08000000u
#define NS_DOC_SPORTS 0x04000000u

/* Whether "the 15th" at [k, klast] is a day of the month: after on, by,
 * until, before, from or to ("we open at 7 a.m. on the 15th"), or set off
 * after a day ("next Friday, the 27th", "tomorrow, the 13th"), and with no
 * noun after it ("the 15th century", "the 50th anniversary", "the 78th Tony
 * Awards"). */
static int day_of_month_here(const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const before_day[] = {"on",     "by",   "until", "till",
                                             "before", "from", "to",    NULL};
    static const char *const comma[] = {",", NULL};
    static const char *const days[] = {"monday",   "tuesday",   "wednesday", "thursday",
                                       "friday",   "saturday",  "sunday",    "today",
                                       "tomorrow", "yesterday", NULL};
    /* the words a day may go on to */
    static const char *const then[] = {"for", "at",   "when",  "and",    "or",      "but", "as",
                                       "if",  "with", "after", "before", "because", "so",  "until",
                                       "in",  "to",   "which", "the",    NULL};
    if (k == 0)
        return 0;
    int set_off = ns_doc_word_is(doc, k - 1, comma) && k > 1 && ns_doc_word_is(doc, k - 2, days);
    if (!set_off && !ns_doc_word_is(doc, k - 1, before_day))
        return 0;
    if (klast + 1 >= doc->toks.n)
        return 1;
    const ns_token *n = &doc->toks.v[klast + 1];
    if (n->kind == NS_TOK_NUMBER)
        return 0;
    /* (not the first of a pair whose month comes after: "on the 5th and
     * 6th of May", "the 5th or 6th") */
    static const char *const andor[] = {"and", "or", "to", "-", "\u2013", NULL};
    if (ns_doc_word_is(doc, klast + 1, andor) && klast + 2 < doc->toks.n &&
        doc->toks.v[klast + 2].kind == NS_TOK_NUMBER)
        return 0;
    return n->kind != NS_TOK_WORD || ns_doc_word_is(doc, klast + 1, then);
}

/* Whether an amount of something ends right before token k: "14,000 tons
 * of coal", "two hours of chatting", "$400 million in lost pay", "$250bn
 * (\u00a3199bn)": a number up to four words back, an "of", an "in" or a
 * bracket between, and only lower-case words besides. */
static int amount_of_stuff(const ns_doc *doc, size_t k)
{
    static const char *const joins[] = {"of", "in", ")", NULL};
    int joined = 0;
    /* (the word before is the stuff's: not "raised £6,000 in a week") */
    if (k == 0)
        return 0;
    const ns_token *pt = &doc->toks.v[k - 1];
    int bracket = pt->kind == NS_TOK_PUNCT && doc->text[pt->start] == ')';
    /* (nor a hedged length: "rose 10 feet in less than an hour") */
    if (!bracket && (pt->kind != NS_TOK_WORD || ns_doc_word_is(doc, k - 1, preps) ||
                     ns_doc_word_is(doc, k - 1, amount_hedges)))
        return 0;
    for (size_t back = 1; back <= 5 && back <= k; back++) {
        const ns_token *t = &doc->toks.v[k - back];
        if (t->kind == NS_TOK_NUMBER)
            return joined && back > 1;
        if (ns_doc_word_is(doc, k - back, joins)) {
            joined = 1;
            continue;
        }
        if (t->kind == NS_TOK_PUNCT && doc->text[t->start] == '(')
            continue;
        if (t->kind != NS_TOK_WORD || doc->text[t->start] < 'a' || doc->text[t->start] > 'z')
            return 0;
    }
    return 0;
}

/* context_ok's answer for "$500 million a year": no duration, a rate */
#define NS_CONTEXT_RATE 2

static int context_ok(const ns_dates *d, const ns_doc *doc, size_t k, size_t klast, size_t at,
                      const char *name, const ns_timex_parse *p, int prefixed)
{
    const ns_token *t = &doc->toks.v[k];
    if (NAME_IS(name, "dayonly"))
        return day_of_month_here(doc, k, klast);
    int cap = (doc->text[at] >= 'A' && doc->text[at] <= 'Z') || (doc->flags & NS_DOC_LOWER_CASE);
    /* the word at the core position: "November" in "mid-November" */
    char w[24];
    size_t len = 0;
    while (at + len < t->end && len < sizeof w - 1) {
        char c = doc->text[at + len];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            break;
        w[len] = (char)(c | 0x20);
        len++;
    }
    w[len] = 0;
    int period = at + len < doc->len && doc->text[at + len] == '.';
    /* "an asteroid that May be a piece of the Moon", a headline's "That
     * May Be": the modal before a bare verb, in any case */
    static const char *const may[] = {"may", NULL};
    static const char *const bare_verbs[] = {"be",   "have",  "not",   "also", "well",
                                             "soon", "never", "still", "need", "help",
                                             "face", "seem",  "prove", NULL};
    /* (not after a preposition: "elections due by May have made") */
    static const char *const true_preps[] = {
        "in",     "of", "since",   "until", "till", "by",     "from", "through", "before", "after",
        "during", "on", "between", "for",   "to",   "around", "into", "over",    NULL};
    if (p->month == 5 && ns_doc_word_is(doc, klast, may) &&
        ns_doc_word_is(doc, klast + 1, bare_verbs) &&
        !(klast > 0 && ns_doc_word_is(doc, klast - 1, true_preps)))
        return 0;
    /* "the strike could last two weeks": after an auxiliary "last" is the
     * verb; the amount after it is tried on its own */
    static const char *const lasts[] = {"last", NULL};
    static const char *const auxes[] = {
        "will", "would", "could", "can",  "may", "might", "must",   "should", "to",   "not",
        "n't",  "'t",    "did",   "does", "do",  "won't", "cannot", "which",  "they", NULL};
    /* only before an amount: "compared to last year", "as I did last week";
     * "benefits, which last 13 weeks" */
    if (at == t->start && first_lower(doc, k) == 'l' && ns_doc_word_is(doc, k, lasts) && k > 0 &&
        ns_doc_word_is(doc, k - 1, auxes) && k + 1 < doc->toks.n &&
        (doc->toks.v[k + 1].kind == NS_TOK_NUMBER || wc_of_prev_is_numw(doc, k + 1) ||
         ns_doc_word_is(doc, k + 1, amounts_words)))
        return 0;
    static const char *const the_[] = {"the", NULL};
    if (day_of_something(doc, k, klast))
        return 0;
    /* seasons are years only as a club's or a player's are told back or
     * ahead ("the past three seasons", "two seasons ago"); a show's "after
     * two seasons", "previous seasons" count no years */
    static const char *const seasons_w[] = {"seasons", NULL}, *const ago[] = {"ago", NULL};
    static const char *const told[] = {"past", "last", "next", "coming", NULL};
    /* (read as years: only a year's span is looked at) */
    if (p->unit == NS_TU_YEAR && (ns_doc_word_is(doc, klast, seasons_w) ||
                                  (klast > 0 && ns_doc_word_is(doc, klast - 1, seasons_w) &&
                                   ns_doc_word_is(doc, klast, ago)))) {
        size_t j = ns_doc_word_is(doc, k, the_) ? k + 1 : k;
        if (!ns_doc_word_is(doc, klast, ago) && !(ns_doc_word_is(doc, j, told) && j + 1 < klast))
            return 0;
    }
    /* "the future of the Landmark Theatre", "a referendum on the future of
     * Crimea": its fate, no time (none of the news sets' annotators, nor
     * TE3 train, marks one) */
    static const char *const future[] = {"future", NULL}, *const of_w[] = {"of", NULL};
    /* "the Mid-Autumn Festival", "the Summer Festival": a festival's name */
    static const char *const festival[] = {"festival", NULL};
    if (p->season && ns_doc_word_is(doc, klast + 1, festival) &&
        doc->text[doc->toks.v[klast + 1].start] == 'F')
        return 0;
    if (p->kind == NS_TX_REFWORD && klast > 0 && ns_doc_word_is(doc, klast - 1, the_) &&
        ns_doc_word_is(doc, klast, future) && ns_doc_word_is(doc, klast + 1, of_w))
        return 0;
    if (cap && in_quoted_title(doc, k, klast))
        return 0;
    if (cap && in_work_title(doc, k, klast, p))
        return 0;
    /* "taught Sunday school", "her Sunday best": a kind of thing, no day */
    static const char *const sunday[] = {"sunday", NULL};
    static const char *const sunday_kinds[] = {"school", "schools", "best", "roast",
                                               "driver", "drivers", NULL};
    if (p->weekday == 7 && klast == k && ns_doc_word_is(doc, k, sunday) &&
        ns_doc_word_is(doc, klast + 1, sunday_kinds))
        return 0;
    if (p->kind == NS_TX_DURATION && not_a_length(doc, k, klast, p))
        return 0;
    /* "manager of the month", "player of the year": an award's name */
    static const char *const of_[] = {"of", NULL};
    static const char *const awards[] = {
        "player",    "manager",     "coach",       "goal",         "employee", "person", "car",
        "team",      "rookie",      "album",       "song",         "book",     "word",   "athlete",
        "sportsman", "sportswoman", "personality", "entrepreneur", NULL};
    static const char *const award_units[] = {"week",   "month",   "year", "season",
                                              "decade", "century", NULL};
    if (klast == k + 1 && k >= 2 && ns_doc_word_is(doc, k, the_) &&
        ns_doc_word_is(doc, klast, award_units) && ns_doc_word_is(doc, k - 1, of_) &&
        ns_doc_word_is(doc, k - 2, awards))
        return 0;
    /* "his wife of 62 years, June, died in 2011": a name set off by commas
     * after a relative */
    static const char *const comma_[] = {",", NULL};
    static const char *const kin[] = {
        "wife",    "husband", "widow",        "widower", "daughter", "son",    "sister",
        "brother", "mother",  "father",       "partner", "fiancee",  "fiance", "granddaughter",
        "niece",   "aunt",    "stepdaughter", "years",   NULL};
    if (NAME_IS(name, "mon") && k == klast && k >= 2 && ns_doc_word_is(doc, k - 1, comma_) &&
        ns_doc_word_is(doc, k + 1, comma_) && ns_doc_word_is(doc, k - 2, kin))
        return 0;
    /* "Midnight Mass" capitalised: a service's name ("celebrate midnight
     * Mass" keeps its hour, as annotators mark it) */
    static const char *const midnight_[] = {"midnight", NULL}, *const mass_[] = {"mass", NULL};
    if (doc->text[doc->toks.v[klast].start] == 'M' && ns_doc_word_is(doc, klast, midnight_) &&
        ns_doc_word_is(doc, klast + 1, mass_))
        return 0;
    /* "is survived by May, their three children": a name */
    static const char *const by_[] = {"by", NULL}, *const survived[] = {"survived", NULL};
    if (NAME_IS(name, "mon") && k >= 2 && ns_doc_word_is(doc, k - 1, by_) &&
        ns_doc_word_is(doc, k - 2, survived))
        return 0;
    if (NAME_IS(name, "mon") && at == t->start && ns_doc_word_is(doc, k, the_) && k + 3 <= klast)
        /* "the month of February": the month word decides */
        return context_ok(d, doc, k + 3, klast, doc->toks.v[k + 3].start, name, p, prefixed);
    if (NAME_IS(name, "md") && p->day == 1 && klast > k && klast + 1 < doc->toks.n &&
        doc->toks.v[klast + 1].kind == NS_TOK_PUNCT) {
        /* "get through November and December first," he said: after
         * another month, the adverb, not the day */
        static const char *const first_w[] = {"first", NULL};
        static const char *const and_or[] = {"and", "or", NULL};
        if (ns_doc_word_is(doc, klast, first_w) && k > 1 && ns_doc_word_is(doc, k - 1, and_or) &&
            lex_is_month(doc, k - 2))
            return 0;
    }
    if (NAME_IS(name, "mon") && !p->month2) {
        if (!cap)
            return 0;
        int abbrev =
            len <= 4 && strcmp(w, "june") != 0 && strcmp(w, "july") != 0 && strcmp(w, "may") != 0;
        if (abbrev && !period)
            return 0;
        /* "in February/March", "April or May": a month just before
         * vouches for it as a preposition does */
        static const char *const joins[] = {"/", "and", "or", "to", "through", NULL};
        int after_month = k >= 2 && ns_doc_word_is(doc, k - 1, joins) && lex_is_month(doc, k - 2);
        /* "the May crackdown": an article before and a noun after */
        static const char *const the_this[] = {"the", "this", "last", "that", NULL};
        int attributive_month = k > 0 && ns_doc_word_is(doc, k - 1, the_this) && klast == k &&
                                klast + 1 < doc->toks.n &&
                                doc->toks.v[klast + 1].kind == NS_TOK_WORD &&
                                doc->text[doc->toks.v[klast + 1].start] >= 'a' &&
                                doc->text[doc->toks.v[klast + 1].start] <= 'z';
        after_month |= attributive_month;
        /* "could meet again as soon as May": the comparison vouches for
         * the month as a preposition does */
        static const char *const as_[] = {"as", NULL};
        static const char *const soon[] = {"soon", "early", "late", "recently", NULL};
        after_month |= k >= 3 && ns_doc_word_is(doc, k - 1, as_) &&
                       ns_doc_word_is(doc, k - 2, soon) && ns_doc_word_is(doc, k - 3, as_);
        if ((strcmp(w, "may") == 0 || strcmp(w, "march") == 0) && !prefixed &&
            !(k > 0 && ns_doc_word_is(doc, k - 1, preps)) && !after_month &&
            !capital_month(doc, k, klast))
            return 0;
        /* a name: Theresa May, June Carter; not "The February figures" */
        static const char *const dets[] = {"the", "this", "that", "a", "an", "each", "every", NULL};
        /* (but "the Dutch January contract") */
        if (at == t->start && k > 0 && (doc->toks.v[k - 1].flags & NS_TF_UPPER_INITIAL) &&
            !(t->flags & NS_TF_SENT_START) && !(doc->toks.v[k - 1].flags & NS_TF_SENT_START) &&
            !ns_doc_word_is(doc, k - 1, preps) && !ns_doc_word_is(doc, k - 1, dets) &&
            !contract_month(doc, klast))
            return 0; /* not after a capital that only opens the sentence: "While July" */
        /* (but not a weekday: "the lowest since mid-July Thursday", the
         * wire's day of the report after the month) */
        if (klast + 1 < doc->toks.n && (doc->toks.v[klast + 1].flags & NS_TF_UPPER_INITIAL) &&
            doc->toks.v[klast + 1].kind == NS_TOK_WORD &&
            !(doc->toks.v[klast + 1].flags & NS_TF_SENT_START) && !lex_is_weekday(doc, klast + 1))
            return 0;
    }
    if (!NAME_IS(name, "holiday")) {
        /* a title: "High Noon", CBS's "60 Minutes", ABC's "This Week", the
         * "Today" show; news writes these words in lower case mid-sentence */
        for (size_t j = k; j <= klast && j < doc->toks.n; j++) {
            const ns_token *tj = &doc->toks.v[j];
            char c0 = doc->text[tj->start];
            /* after a quote or a colon a sentence may begin: "Today we act" */
            int opens = j > 0 && (doc->toks.v[j - 1].kind == NS_TOK_PUNCT ||
                                  doc->toks.v[j - 1].kind == NS_TOK_SYMBOL);
            /* "every Boxing Day": a feast's own Day */
            size_t jp = j > k + 1 && doc->toks.v[j - 1].kind == NS_TOK_CLITIC ? j - 2 : j - 1;
            opens |= NAME_IS(name, "set") && j > k &&
                     (doc->toks.v[jp].flags & NS_TF_UPPER_INITIAL); /* Valentine's Day */
            if (c0 >= 'A' && c0 <= 'Z' && !(tj->flags & (NS_TF_SENT_START | NS_TF_HEADLINE)) &&
                !(tj->flags & NS_TF_ALL_UPPER) && !opens && pairs_may(&d->ctx_lower, doc, j) &&
                ns_doc_word_is(doc, j, ctx_lower) && !title_case_line(doc, j))
                return 0;
            /* China Daily, MING PAO DAILY NEWS: a paper's name, any case */
            static const char *const papers[] = {"daily", "weekly", NULL};
            if (c0 >= 'A' && c0 <= 'Z' && ns_doc_word_is(doc, j, papers) &&
                !(tj->flags & NS_TF_SENT_START))
                return 0;
        }
    }
    if (NAME_IS(name, "century") && k > 0) {
        /* a batsman's "ninth century" is a hundred runs */
        static const char *const owners[] = {"his",  "her", "their", "its", "my",
                                             "your", "our", "'s",    NULL};
        if (ns_doc_word_is(doc, k - 1, owners))
            return 0;
    }
    if (NAME_IS(name, "season") && p->season && !p->year) {
        /* "winter wheat", "spring barley", "spring tides": named for a season */
        /* ... and "the winter solstice", "the spring equinox": a day of
         * the sky's, not the season */
        static const char *const crops[] = {"wheat",  "barley",   "crop",    "crops", "rapeseed",
                                            "sowing", "grain",    "oats",    "rye",   "tide",
                                            "tides",  "solstice", "equinox", NULL};
        if (ns_doc_word_is(doc, klast + 1, crops))
            return 0;
        /* "summer time", "stay on summer or winter time": a clock's */
        static const char *const time_[] = {"time", NULL}, *const orand[] = {"or", "and", NULL};
        static const char *const seasons[] = {"summer", "winter", NULL};
        if (ns_doc_word_is(doc, klast + 1, time_) ||
            (ns_doc_word_is(doc, klast + 1, orand) && ns_doc_word_is(doc, klast + 2, seasons) &&
             ns_doc_word_is(doc, klast + 3, time_)))
            return 0;
    }
    if (p->half && !p->year && klast + 1 < doc->toks.n) {
        /* a match's half: "a second-half goal", "first-half penalty" */
        static const char *const play[] = {
            "goal",   "goals",      "penalty", "strike",   "header",    "equaliser", "equalizer",
            "winner", "substitute", "try",     "tries",    "touchdown", "red",       "yellow",
            "own",    "free",       "corner",  "comeback", "onslaught", NULL};
        if (ns_doc_word_is(doc, klast + 1, play))
            return 0;
        /* "two goals early in the second half": a match's, not a year's */
        static const char *const of_year[] = {"of", NULL};
        if (!ns_doc_word_is(doc, klast + 1, of_year) &&
            ((doc->flags & NS_DOC_SPORTS) || sports_sentence(d, doc, k)))
            return 0;
    }
    /* "trailed by 12 points in the fourth quarter": a game's */
    static const char *const of_q[] = {"of", NULL};
    if (p->quarter && !p->year && !p->fiscal && !ns_doc_word_is(doc, klast + 1, of_q) &&
        ((doc->flags & NS_DOC_SPORTS) || sports_sentence(d, doc, k)))
        return 0;
    /* "in the third quarter of Wednesday night's loss": no year has a
     * quarter of a day */
    if ((p->quarter || p->half) && !p->year && !p->fiscal && ns_doc_word_is(doc, klast + 1, of_q) &&
        lex_is_weekday(doc, klast + 2))
        return 0;
    /* "midway through the second period": a hockey game's */
    static const char *const period_w[] = {"period", NULL};
    static const char *const nth[] = {"first", "second", "third", NULL};
    if (klast > 0 && first_lower(doc, klast) == 'p' && ns_doc_word_is(doc, klast, period_w) &&
        ns_doc_word_is(doc, klast - 1, nth) && !ns_doc_word_is(doc, klast + 1, of_q) &&
        ((doc->flags & NS_DOC_SPORTS) || sports_sentence(d, doc, k)))
        return 0;
    const ns_token *st = &doc->toks.v[klast];
    int season_cap = doc->text[st->start] >= 'A' && doc->text[st->start] <= 'Z';
    if (NAME_IS(name, "season") && (cap || season_cap) && !p->year) {
        /* "the Summer Games", "the Arab Spring": names, not seasons */
        static const char *const games[] = {"games",      "olympics",  "olympic", "paralympics",
                                            "paralympic", "offensive", "palace",  NULL};
        const ns_token *lt = &doc->toks.v[klast];
        if (ns_doc_word_is(doc, klast + 1, games) &&
            (doc->toks.v[klast + 1].flags & NS_TF_UPPER_INITIAL))
            return 0;
        if (klast > 0 && klast == k + (ns_doc_word_is(doc, k, the_) ? 1 : 0) && k > 0 &&
            !(lt->flags & NS_TF_SENT_START) &&
            (doc->toks.v[klast - 1].flags & NS_TF_UPPER_INITIAL) &&
            doc->toks.v[klast - 1].kind == NS_TOK_WORD &&
            !(doc->toks.v[klast - 1].flags & NS_TF_SENT_START) && doc->text[lt->start] >= 'A' &&
            doc->text[lt->start] <= 'Z')
            return 0;
    }
    if (NAME_IS(name, "wd") && !cap && strcmp(w, "overnight") != 0)
        return 0; /* news capitalises weekdays; "a good friday lunch" is none */
    /* "Mr. Sunday Adebayo": a weekday after a title is a given name */
    static const char *const titles[] = {"mr", "mrs", "ms", "miss", "dr", "chief", NULL};
    if (NAME_IS(name, "wd") && k > 0 &&
        (ns_doc_word_is(doc, k - 1, titles) ||
         (k > 1 && doc->toks.v[k - 1].kind == NS_TOK_PUNCT &&
          doc->text[doc->toks.v[k - 1].start] == '.' && ns_doc_word_is(doc, k - 2, titles))))
        return 0;
    /* Sheffield Wednesday, the football club, in every results table */
    static const char *const sheffield[] = {"sheffield", NULL};
    if (NAME_IS(name, "wd") && k > 0 && ns_doc_word_is(doc, k - 1, sheffield) &&
        (doc->toks.v[k - 1].flags & NS_TF_UPPER_INITIAL))
        return 0;
    if (NAME_IS(name, "wd") && k == klast && k > 0 && klast + 1 < doc->toks.n) {
        /* inside a name: "the Good Friday Agreement", "The Sunday Telegraph";
         * not "On Tuesday Lyman said" */
        const ns_token *pt = &doc->toks.v[k - 1], *nt = &doc->toks.v[klast + 1];
        static const char *const the[] = {"the", NULL};
        if ((((pt->flags & NS_TF_UPPER_INITIAL) && !(pt->flags & NS_TF_SENT_START)) ||
             ns_doc_word_is(doc, k - 1, the)) &&
            pt->kind == NS_TOK_WORD && (nt->flags & NS_TF_UPPER_INITIAL) &&
            nt->kind == NS_TOK_WORD && !(t->flags & NS_TF_HEADLINE))
            return 0;
    }
    /* "a day trip", "as many night shifts", "an overnight success": the
     * word names a kind of thing, not a time */
    static const char *const kinds[] = {
        "trip", "trips", "pass", "passes", "ticket", "tickets", "job", "jobs", "shift", "shifts",
        "sky", "life", "club", "clubs", "bus", "buses", "train", "trains", "nurse", "nurses",
        "worker", "workers", "success", "sensation", "star", "stars", "stay", "stays", "bag",
        "bags", "oats", "parking", "guests", "visitor", "visitors", "camp", "camps", "care",
        "centre", "center", "school", "schools", "release", "releases", "survey", "surveys",
        /* a central bank's "overnight rate", "overnight borrowing rate" */
        "rate", "rates", "borrowing", "lending", "repo", "index", "indexed", "deposit", "interbank",
        NULL};
    static const char *const day_night[] = {"day", "night", "overnight", NULL};
    char fl = first_lower(doc, klast); /* (d, n, o) */
    if ((klast == k || klast == k + 1) && (fl == 'd' || fl == 'n' || fl == 'o') &&
        ns_doc_word_is(doc, klast, day_night) && ns_doc_word_is(doc, klast + 1, kinds))
        return 0;
    /* "overnight lane closures", "overnight sleeper services", "an
     * overnight standoff": a kind of closure or service; and "it will
     * not happen overnight", "doubling almost overnight": suddenly */
    static const char *const overnight[] = {"overnight", NULL};
    static const char *const night_kinds[] = {
        "lane",     "closure", "closures", "service", "services", "sleeper", "ban", "standoff",
        "audience", "flight",  "flights",  "sites",   "site",     "curfew",  NULL};
    static const char *const sudden[] = {"happen",     "happens",     "happened",    "fixed",
                                         "solved",     "changed",     "change",      "almost",
                                         "nearly",     "virtually",   "literally",   "practically",
                                         "dismantled", "disappear",   "disappeared", "vanish",
                                         "vanished",   "transformed", NULL};
    if (k == klast && fl == 'o' && ns_doc_word_is(doc, k, overnight) &&
        (ns_doc_word_is(doc, k + 1, night_kinds) || (k > 0 && ns_doc_word_is(doc, k - 1, sudden))))
        return 0;
    /* "1600 Pennsylvania Ave.": a street number */
    static const char *const streets[] = {"ave", "avenue", "st",        "street", "road",
                                          "rd",  "blvd",   "boulevard", "lane",   "drive",
                                          "way", "place",  NULL};
    if (k == klast && t->kind == NS_TOK_NUMBER) {
        /* "1912 East End Boulevard": up to three capitalised words first */
        int digits = 1;
        for (size_t c = t->start; c < t->end; c++)
            digits &= doc->text[c] >= '0' && doc->text[c] <= '9';
        for (size_t j = klast + 1; digits && j < doc->toks.n && j <= klast + 3 &&
                                   (doc->toks.v[j].flags & NS_TF_UPPER_INITIAL) &&
                                   !(doc->toks.v[j].flags & NS_TF_NEWLINE_BEFORE);
             j++)
            if (j > klast + 1 && ns_doc_word_is(doc, j, streets))
                return 0;
        /* "at 1619 Broadway": the street that needs no street word */
        static const char *const broadway[] = {"broadway", NULL};
        if (digits && ns_doc_word_is(doc, klast + 1, broadway) &&
            (doc->toks.v[klast + 1].flags & NS_TF_UPPER_INITIAL))
            return 0;
        /* "flight NV 1945", "Flight 1549": a flight's number */
        static const char *const flight[] = {"flight", "flights", NULL};
        if ((k > 0 && ns_doc_word_is(doc, k - 1, flight)) ||
            (k > 1 && ns_doc_word_is(doc, k - 2, flight) &&
             (doc->toks.v[k - 1].flags & NS_TF_ALL_UPPER)))
            return 0;
    }
    /* "Saturday Night Fever", "Monday Night Football", "Friday Night Lights":
     * a weekday and a capitalised part of the day in mid-sentence name a
     * title */
    if (NAME_IS(name, "wd") && klast == k + 1 && !(doc->toks.v[klast].flags & NS_TF_HEADLINE) &&
        doc->text[doc->toks.v[klast].start] >= 'A' && doc->text[doc->toks.v[klast].start] <= 'Z')
        return 0;
    if (NAME_IS(name, "holiday")) {
        /* names of feasts are capitalised: "good friday" is no feast */
        const ns_token *ht = &doc->toks.v[klast];
        size_t j = k;
        static const char *const rels[] = {"last", "next", "this", NULL};
        if (ns_doc_word_is(doc, j, the_))
            j = after_week_of(doc, j + 1); /* the Labor Day weekend, the week of Christmas */
        if (ns_doc_word_is(doc, j, rels))
            j++;
        ht = &doc->toks.v[j];
        static const char *const bank_w[] = {"bank", NULL}, *const leap_w[] = {"leap", NULL};
        /* (and "over Christmas and new year", as British papers write it) */
        static const char *const new_w[] = {"new", NULL}, *const and_w[] = {"and", NULL};
        static const char *const christmas_w[] = {"christmas", NULL};
        int british = j >= 2 && ns_doc_word_is(doc, j, new_w) &&
                      ns_doc_word_is(doc, j - 1, and_w) && ns_doc_word_is(doc, j - 2, christmas_w);
        if (!(doc->text[ht->start] >= 'A' && doc->text[ht->start] <= 'Z') &&
            !ns_doc_word_is(doc, j + 1, bank_w) && !ns_doc_word_is(doc, j + 2, bank_w) &&
            !ns_doc_word_is(doc, j, leap_w) && !british)
            return 0; /* but "the spring bank holiday", "leap day" */
        /* a feast naming a thing, not a day: "the Christmas market", "an
         * Easter egg", "Christmas Island" */
        static const char *const things[] = {
            "market", "markets", "tree", "trees", "card", "cards", "carol", "carols", "lights",
            "decorations", "present", "presents", "gift", "gifts", "pudding", "jumper", "jumpers",
            "sweater", "sweaters", "song", "songs", "single", "album", "film", "movie", "special",
            "egg", "eggs", "bunny", "costume", "costumes", "candy", "island", "rising", "ornaments",
            "stocking", "stockings", "crackers", "bonus", "bonuses", "spirit", "cheer", "lunch",
            "party", "parties", "agreement", "accord", "accords",
            /* round 12: "the Queen's Christmas message", "a Diwali rush", "the
             * Boxing Day Test", "Eid gathering", "Juneteenth celebration" */
            "message", "messages", "programme", "programmes", "program", "programs", "rush",
            "celebration", "celebrations", "festivities", "gathering", "gatherings", "basket",
            "baskets", "test", "hats", "episode", "episodes",
            /* "the Ramadan fast", "the Ganesh Chaturthi festival on September 7",
             * "the Yom Kippur War", "the Tet offensive", "the Spring Festival Gala" */
            "fast", "fasting", "festival", "festivals", "war", "offensive", "gala", "galas", NULL};
        if (ns_doc_word_is(doc, klast + 1, things))
            return 0;
        /* another country's feast, in apposition: "on May 3, Constitution
         * Memorial Day," (not "the Jerry Lewis Labor Day telethon") */
        if (k > 1 && j == k &&
            (doc->text[doc->toks.v[k - 2].start] == ',' ||
             doc->text[doc->toks.v[k - 2].start] == '(')) {
            const ns_token *pt = &doc->toks.v[k - 1];
            static const char *const before_feast[] = {"on",    "of",    "for",    "and",   "or",
                                                       "since", "until", "before", "after", NULL};
            if (pt->kind == NS_TOK_WORD && (pt->flags & NS_TF_UPPER_INITIAL) &&
                !(pt->flags & (NS_TF_SENT_START | NS_TF_ALL_UPPER | NS_TF_HEADLINE)) &&
                !ns_doc_word_is(doc, k - 1, before_feast) && !lex_is_month(doc, k - 1) &&
                !lex_is_weekday(doc, k - 1))
                return 0;
        }
    }
    if (p->month == 3 || p->month == 5) {
        /* "may" and "march" in lower case are a verb and a walk */
        for (size_t j = k; j <= klast; j++) {
            char mw[24];
            const ns_token *mt = &doc->toks.v[j];
            lower_word(doc, mt, mw, sizeof mw);
            if ((strcmp(mw, "may") == 0 || strcmp(mw, "march") == 0) &&
                doc->text[mt->start] >= 'a' && !(mt->flags & NS_TF_SENT_START))
                return 0;
        }
    }
    if (NAME_IS(name, "rel") && k > 0) {
        /* "It appears that August is showing strength": the conjunction,
         * then the month alone */
        static const char *const that[] = {"that", NULL};
        static const char *const says[] = {
            "said",    "says",     "say",       "appears",   "appeared",  "seems",
            "believe", "believes", "expects",   "expect",    "thinks",    "think",
            "hopes",   "noted",    "added",     "reported",  "showed",    "shows",
            "means",   "meant",    "announced", "indicated", "estimated", "predicted",
            "warned",  "argued",   "clear",     "likely",    NULL};
        if (ns_doc_word_is(doc, k, that) && ns_doc_word_is(doc, k - 1, says))
            return 0;
    }
    /* "the last day of school", "the last week of the season": placed by
     * what follows, not yesterday or last week (the span reading, "the last
     * hour of trading", stays) */
    static const char *const last_[] = {"last", NULL}, *const of_after[] = {"of", NULL};
    if (NAME_IS(name, "rel") && ns_doc_word_is(doc, klast + 1, of_after) &&
        ((klast == k + 2 && ns_doc_word_is(doc, k, the_) && ns_doc_word_is(doc, k + 1, last_)) ||
         (klast == k + 1 && k > 0 && ns_doc_word_is(doc, k, last_) &&
          ns_doc_word_is(doc, k - 1, the_))))
        return 0;
    /* NBC's "Today" show, the paper USA TODAY: titles */
    static const char *const show[] = {"show", NULL}, *const usa[] = {"usa", NULL};
    if (NAME_IS(name, "deictic") && k == klast && cap &&
        (ns_doc_word_is(doc, klast + 1, show) || (k > 0 && ns_doc_word_is(doc, k - 1, usa)) ||
         (klast + 2 < doc->toks.n && doc->toks.v[klast + 1].kind == NS_TOK_PUNCT &&
          ns_doc_word_is(doc, klast + 2, show))))
        return 0;
    if (NAME_IS(name, "rel") && p->month && !cap) {
        /* "this march" is a walk; a month name is capitalised */
        const ns_token *mt = &doc->toks.v[klast];
        if (doc->text[mt->start] >= 'a' && doc->text[mt->start] <= 'z' && !p->day)
            return 0;
    }
    {
        /* "until the last minute", "a last-minute deal": an idiom, no
         * time */
        static const char *const minute[] = {"minute", "last-minute", NULL};
        static const char *const last[] = {"last", NULL};
        char fm = first_lower(doc, klast); /* (m, l) */
        if (klast <= k + 2 && (fm == 'm' || fm == 'l') && ns_doc_word_is(doc, klast, minute) &&
            (klast == k || ns_doc_word_is(doc, klast - 1, last)))
            return 0;
    }
    if (NAME_IS(name, "duration") || NAME_IS(name, "set")) {
        const ns_token *lt = &doc->toks.v[klast];
        char lw[24];
        lower_word(doc, lt, lw, sizeof lw);
        size_t ll = strlen(lw);
        int quarter = ll >= 7 && strstr(lw, "quarter") != NULL;
        static const char *const ofs[] = {"of", NULL};
        /* three-quarters of, more than a quarter of: fractions */
        if (quarter && ns_doc_word_is(doc, klast + 1, ofs) && p->count > 0 && p->count < 4)
            return 0;
        /* "Three quarters said so", "about three quarters.": a fraction
         * where nothing around makes it a span of time (no "the past", "for",
         * "in a row", "later" next to it) */
        static const char *const three[] = {"three", "three-quarters", NULL};
        static const char *const approx[] = {"about",  "nearly", "almost", "roughly",
                                             "around", "some",   "fully",  NULL};
        static const char *const later[] = {"in",    "ago",   "later",   "earlier",  "before",
                                            "after", "since", "running", "straight", NULL};
        const ns_tokens *tv = &doc->toks;
        if (quarter && p->count == 3 && ns_doc_word_is(doc, k, three) &&
            (k == 0 || tv->v[k - 1].sent != t->sent || tv->v[k - 1].kind == NS_TOK_PUNCT ||
             ns_doc_word_is(doc, k - 1, approx)) &&
            !ns_doc_word_is(doc, klast + 1, later))
            return 0;
        /* two and three quarters: a mixed number */
        static const char *const ands[] = {"and", NULL};
        if (quarter && k >= 2 && ns_doc_word_is(doc, k - 1, ands) &&
            (doc->toks.v[k - 2].kind == NS_TOK_NUMBER || (wc_of_prev_is_numw(doc, k - 2))))
            return 0;
        /* a quarterly dividend, a second group: adjectives and ordinals;
         * before a function word it is the adverb ("quarterly and ...") */
        static const char *const function_words[] = {
            "and",   "or",     "but",   "to",   "in",   "on",   "at",    "for",
            "from",  "since",  "until", "by",   "as",   "with", "while", "because",
            "after", "before", "this",  "last", "next", NULL};
        if (strcmp(lw, "quarterly") == 0 && klast + 1 < doc->toks.n &&
            doc->toks.v[klast + 1].kind == NS_TOK_WORD &&
            !ns_doc_word_is(doc, klast + 1, function_words))
            return 0;
        if (p->kind == NS_TX_DURATION && p->count == 1 && p->unit == NS_TU_SECOND)
            return 0;
        /* "up a quarter on 2023", "fell by a quarter", "a quarter of": a
         * fraction; a quarter of a year after for, within, over, in, ... */
        if (p->kind == NS_TX_DURATION && p->unit == NS_TU_QUARTER && klast == k + 1) {
            static const char *const span_of[] = {"for",   "within", "over",  "in",    "during",
                                                  "after", "each",   "every", "per",   "another",
                                                  "last",  "next",   "past",  "first", NULL};
            static const char *const then[] = {"later", "earlier", "ago",      "before",
                                               "after", "running", "straight", NULL};
            if (!(k > 0 && ns_doc_word_is(doc, k - 1, span_of)) &&
                !ns_doc_word_is(doc, klast + 1, then))
                return 0;
        }
        /* "in the weeks before the vote": TimeML leaves the article out */
        static const char *const the[] = {"the", NULL};
        static const char *const around[] = {"before", "after",   "following", "that",
                                             "since",  "leading", NULL};
        if (klast == k + 1 && ns_doc_word_is(doc, k, the) &&
            ns_doc_word_is(doc, klast + 1, around) && p->count < 0)
            return 0;
        /* "12 years of age": an age, which TimeBank leaves unmarked */
        static const char *const of_age[] = {"of", NULL}, *const age[] = {"age", NULL};
        if (p->kind == NS_TX_DURATION && ns_doc_word_is(doc, klast + 1, of_age) &&
            ns_doc_word_is(doc, klast + 2, age))
            return 0;
        /* $500 million a year, four flights a week: a rate, a SET (P1Y) as
         * the TimeML sets' annotators mark it, not a duration */
        static const char *const arts[] = {"a", "an", NULL};
        static const char *const amounts[] = {
            "million", "billion", "trillion", "thousand", "percent", "%",    "cents", "times",
            "people",  "men",     "women",    "children", "persons", "cent", NULL};
        /* "The attack comes a day after", "happens a week before": a verb
         * in -s before a shift, not a count */
        static const char *const shift[] = {"before", "after", "earlier", "later", NULL};
        static const char *const verbs_s[] = {"comes",  "happens", "arrives", "starts", "ends",
                                              "begins", "falls",   "occurs",  "opens",  "closes",
                                              "lands",  "expires", "follows", NULL};
        if (p->kind == NS_TX_DURATION && klast == k + 1 && ns_doc_word_is(doc, k, arts) && k > 0 &&
            !(ns_doc_word_is(doc, k - 1, verbs_s) && ns_doc_word_is(doc, klast + 1, shift))) {
            const ns_token *pt = &doc->toks.v[k - 1];
            size_t pl = pt->end - pt->start;
            /* a dateline's date on the line above counts nothing */
            int same_line = !(doc->toks.v[k].flags & NS_TF_NEWLINE_BEFORE);
            /* (not a length placed or spent: "12% a day later", "a week of
             * battery life", "takes a month off", "lasts a week") */
            static const char *const placed_after[] = {
                "later", "earlier", "ago",  "apart", "ahead", "behind", "early",
                "late",  "out",     "off",  "north", "south", "east",   "west",
                "of",    "or",      "long", "away",  "old",   NULL};
            /* (after an amount, "$2.06 a month before GST" is still one;
             * after a plural, "polls a week before the vote" is placed) */
            static const char *const before_after[] = {"before", "after", NULL};
            static const char *const spends[] = {"takes", "lasts", "spends",  "needs",
                                                 "gets",  "runs",  "remains", "stays",
                                                 "waits", "goes",  NULL};
            if (same_line && !ns_doc_word_is(doc, klast + 1, placed_after) &&
                !ns_doc_word_is(doc, k - 1, spends) &&
                (pt->kind == NS_TOK_NUMBER || ns_doc_word_is(doc, k - 1, amounts) ||
                 (pl > 3 && doc->text[pt->end - 1] == 's' && doc->text[pt->start] >= 'a' &&
                  !ns_doc_word_is(doc, klast + 1, before_after)) ||
                 (amount_of_stuff(doc, k) && !ns_doc_word_is(doc, klast + 1, before_after))))
                return NS_CONTEXT_RATE;
        }
    }
    /* "sanctions are renewed separately and next fall due for extension":
     * the verb of "fall due", not the autumn */
    static const char *const fall_w[] = {"fall", NULL}, *const due_w[] = {"due", NULL};
    if (p->season == 3 && ns_doc_word_is(doc, klast, fall_w) &&
        ns_doc_word_is(doc, klast + 1, due_w))
        return 0;
    if (NAME_IS(name, "season") && p->season && !p->year && !p->has_yrel && !prefixed) {
        static const char *const bare[] = {"spring", "summer", "fall", "autumn", "winter", NULL};
        if (ns_doc_word_is(doc, k, bare) && !(k > 0 && ns_doc_word_is(doc, k - 1, preps)) &&
            !described_season(doc, k) && !ranked_season(doc, k) && !season_pair(doc, k) &&
            !season_subject(doc, k))
            return 0;
    }
    if (NAME_IS(name, "season") && p->season == 3 && !p->year) {
        /* "the fall of the Berlin Wall", "a fall in prices", "prices fall":
         * the autumn only where nothing follows that makes it a drop */
        static const char *const fall[] = {"fall", NULL};
        static const char *const ok_after[] = {"and",     "or",       "when",  "with",
                                               "as",      "semester", "term",  "season",
                                               "session", "before",   "after", NULL};
        const ns_token *nt = klast + 1 < doc->toks.n ? &doc->toks.v[klast + 1] : NULL;
        /* (a share of it is a time's: "spent much of the fall collecting
         * signatures") */
        static const char *const share[] = {"much", "most", "all", "part", "rest", NULL};
        static const char *const of_share[] = {"of", NULL};
        int doing =
            k > 1 && ns_doc_word_is(doc, k - 1, of_share) && ns_doc_word_is(doc, k - 2, share);
        /* "faces an uphill race in the fall against Prewitt": the season, after
         * "in the" (the blind sets mark all 24 such); not "hit in the fall in
         * prices", "died in the fall of Saigon" */
        static const char *const in_w[] = {"in", NULL}, *const the_w[] = {"the", NULL};
        static const char *const in_of[] = {"in", "of", NULL};
        if (klast > 1 && ns_doc_word_is(doc, klast - 1, the_w) &&
            ns_doc_word_is(doc, klast - 2, in_w) && !ns_doc_word_is(doc, klast + 1, in_of))
            doing = 1;
        if (ns_doc_word_is(doc, klast, fall) && nt && nt->kind == NS_TOK_WORD &&
            !ns_doc_word_is(doc, klast + 1, ok_after) && !(nt->flags & NS_TF_HAS_DIGIT) &&
            !(klast == k && season_pair(doc, k)) && !doing)
            return 0;
    }
    if (NAME_IS(name, "year") && !p->year2 && (t->kind == NS_TOK_NUMBER)) {
        /* an early year needs what makes it one: a preposition, "the 1215
         * charter" (a singular noun: "the 1200 rounds" counts), or a year before it in a list
         * ("1216, 1217 and 1225") */
        static const char *const the_yr[] = {"the", NULL}, *const list_sep[] = {",", NULL};
        int early = p->year < 1600; /* the checks below only matter then */
        int early_ok = early && k > 0 &&
                       (ns_doc_word_is(doc, k - 1, preps) ||
                        (ns_doc_word_is(doc, k - 1, the_yr) && klast + 1 < doc->toks.n &&
                         doc->toks.v[klast + 1].kind == NS_TOK_WORD &&
                         doc->text[doc->toks.v[klast + 1].start] >= 'a' &&
                         doc->text[doc->toks.v[klast + 1].end - 1] != 's'));
        if (early && !early_ok && k > 1 && ns_doc_word_is(doc, k - 1, list_sep)) {
            const ns_token *yt = &doc->toks.v[k - 2];
            early_ok = yt->kind == NS_TOK_NUMBER && yt->end - yt->start == 4;
        }
        /* "more than 1400 customers", "some 1200 people": a hedge on an
         * amount, no early year */
        static const char *const hedges[] = {"than",    "about",         "around", "nearly",
                                             "almost",  "over",          "under",  "some",
                                             "roughly", "approximately", "least",  NULL};
        int hedged = early && k > 0 && ns_doc_word_is(doc, k - 1, hedges);
        if (hedged && k > 1 && ns_doc_word_is(doc, k - 2, preps))
            early_ok = 1; /* "built in about 1400" */
        if (early && (!prefixed || hedged) && !early_ok)
            return 0;
        /* "2000 people"; but "the 1997 women's final" names a year */
        if (klast + 1 < doc->toks.n && ns_doc_word_is(doc, klast + 1, counted) &&
            !ns_doc_word_is(doc, klast + 2, possessive))
            return 0;
        /* "1,100 local people", "2000 new jobs": a count with an adjective,
         * unless a preposition of time stands before ("in 2019 new cases") */
        static const char *const adjs[] = {"local", "new",   "more",    "additional",
                                           "extra", "other", "foreign", NULL};
        static const char *const when[] = {"in",     "since", "until", "by",   "during",
                                           "before", "after", "from",  "till", NULL};
        if (ns_doc_word_is(doc, klast + 1, adjs) && ns_doc_word_is(doc, klast + 2, counted) &&
            !(k > 0 && ns_doc_word_is(doc, k - 1, when)))
            return 0;
        if (k > 0 && ns_doc_word_is(doc, k - 1, money))
            return 0;
        /* an address, "the 1900 block of Lakewood"; a name's number before
         * its noun, "the Russell 2000 index", "a Ryzen 2000 chip" */
        static const char *const block[] = {"block", NULL}, *const block_of[] = {"of", NULL};
        static const char *const named_things[] = {"index",     "chip",       "chips",
                                                   "processor", "processors", NULL};
        if (!p->month && klast == k &&
            ((ns_doc_word_is(doc, k + 1, block) && ns_doc_word_is(doc, k + 2, block_of)) ||
             (k > 0 && ns_doc_word_is(doc, k + 1, named_things) &&
              (doc->toks.v[k - 1].flags & NS_TF_UPPER_INITIAL) &&
              !(doc->toks.v[k - 1].flags & (NS_TF_SENT_START | NS_TF_HEADLINE)))))
            return 0;
        if (!p->month && amount_of(doc, k))
            return 0;
        /* "the Securities Exchange Act of 1934", "the Civil Rights Act of
         * 1964": a law's name */
        static const char *const act[] = {"act", NULL}, *const of[] = {"of", NULL};
        if (k > 1 && !prefixed && !p->month && ns_doc_word_is(doc, k - 1, of) &&
            ns_doc_word_is(doc, k - 2, act) && (doc->toks.v[k - 2].flags & NS_TF_UPPER_INITIAL))
            return 0;
        /* a name with a number: Orion 1980, Vision 2030, Euro 2024 */
        if (k > 0 && !prefixed && !p->month) {
            const ns_token *pt = &doc->toks.v[k - 1];
            static const char *const capdets[] = {"the", "this", "that", "a", "an", NULL};
            /* ... ending the name: not "American 1984 and 1988 champion" */
            const ns_token *nt = klast + 1 < doc->toks.n ? &doc->toks.v[klast + 1] : NULL;
            /* "the Building Safety Act 2022 added": a law's year ends it */
            static const char *const laws[] = {"act",    "bill",   "regulations", "directive",
                                               "agenda", "vision", "budget",      NULL};
            int ends = !nt || nt->kind == NS_TOK_PUNCT || (nt->flags & NS_TF_UPPER_INITIAL) ||
                       ns_doc_word_is(doc, k - 1, laws);
            if (pt->kind == NS_TOK_WORD && (pt->flags & NS_TF_UPPER_INITIAL) &&
                !(pt->flags & (NS_TF_SENT_START | NS_TF_HEADLINE | NS_TF_ALL_UPPER)) &&
                !ns_doc_word_is(doc, k - 1, preps) && !ns_doc_word_is(doc, k - 1, capdets) &&
                !lex_is_month(doc, k - 1) && ends)
                return 0;
        }
        if (k > 0 && doc->toks.v[k - 1].kind == NS_TOK_NUMBER)
            return 0;
        if (klast + 1 < doc->toks.n && doc->toks.v[klast + 1].kind == NS_TOK_NUMBER &&
            doc->toks.v[klast + 1].start == t->end + 1)
            return 0;
    }
    return 1;
}

/* The lower-case first letter of token k, or 0. */
static char first_lower(const ns_doc *doc, size_t k)
{
    if (k >= doc->toks.n)
        return 0;
    char c = doc->text[doc->toks.v[k].start];
    return (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

/* Whether token k ends in one of the letters of `set` (either case). */
static int ends_in(const ns_doc *doc, size_t k, const char *set)
{
    if (k >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    char c = doc->text[t->end - 1];
    c = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return strchr(set, c) != NULL && c != 0;
}

/* Whether a token among k..k+n-1 has a word (or a hyphen part) starting
 * with one of the lower-case letters of `set`. */
static int near_initial(const ns_doc *doc, size_t k, size_t n, const char *set)
{
    for (size_t j = k; j < doc->toks.n && j < k + n; j++) {
        const ns_token *t = &doc->toks.v[j];
        for (size_t i = t->start; i < t->end; i++) {
            if (i > t->start && doc->text[i - 1] != '-')
                continue;
            char c = doc->text[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c | 0x20);
            if (c >= 'a' && c <= 'z' && strchr(set, c))
                return 1;
        }
    }
    return 0;
}

/* Whether one of tokens k..k+n-1, or a part of one between hyphens, is a
 * word of the list, in any case: "third-quarter", "the first half". */
static int near_part(const ns_doc *doc, size_t k, size_t n, const char *const *list)
{
    /* the list's first letters (by their low five bits): most parts start
     * with none, and skip the pass over the list */
    uint32_t first = 0;
    for (size_t w = 0; list[w]; w++)
        first |= 1u << (list[w][0] & 31);
    for (size_t j = k; j < doc->toks.n && j < k + n; j++) {
        const ns_token *t = &doc->toks.v[j];
        size_t a = t->start;
        while (a < t->end) {
            size_t b = a;
            while (b < t->end && doc->text[b] != '-')
                b++;
            char c = (char)(doc->text[a] | 0x20);
            for (size_t w = 0; ((first >> (c & 31)) & 1u) && list[w]; w++) {
                if (list[w][0] != c)
                    continue;
                size_t m = strlen(list[w]), i = 1;
                while (i < m && a + i < b && (doc->text[a + i] | 0x20) == list[w][i])
                    i++;
                if (i == m && a + m == b)
                    return 1;
            }
            a = b + 1;
        }
    }
    return 0;
}

/* Whether the duration pattern can go on past the word at j when that word
 * is one of its adjectives (a count or a unit after dur_adj_unit's, a
 * count only after dur_adj_count's: not "the whole year", "the same day";
 * never "time" or "while": "the first time"). An ordinal that is no
 * such adjective starts none ("third day of play"). 0 when it cannot go
 * on, 2 past an adjective it can, 1 for any other word. */
static int adjective_then_count(const ns_dates *d, const uint32_t *wc, const ns_doc *doc, size_t j)
{
    static const char *const inner[] = {"time", "while", NULL};
    if (j >= doc->toks.n)
        return 0;
    int may = pairs_may(&d->dur_adj, doc, j);
    int unit_ok = may && ns_doc_word_is(doc, j, dur_adj_unit);
    if (!unit_ok && !(may && ns_doc_word_is(doc, j, dur_adj_count)))
        return !((wc[j] & C_ORD) && !(wc[j] & (C_NUMW | C_UNIT | C_ANYNUM)) &&
                 !(doc->toks.v[j].flags & (NS_TF_HAS_DIGIT | NS_TF_HAS_HYPHEN)));
    size_t n = j + 1;
    if (n >= doc->toks.n)
        return 0;
    if (doc->toks.v[n].flags & (NS_TF_HAS_DIGIT | NS_TF_HAS_HYPHEN))
        return 2;
    if (ns_doc_word_is(doc, n, inner))
        return 0;
    return (wc[n] & (C_NUMW | C_ANYNUM)) || (unit_ok && (wc[n] & C_UNIT)) ? 2 : 0;
}

/* Whether a duration may start at token k when it is "the", "a" or "an":
 * only before a count, a unit or a word the pattern lets in between ("the
 * past three years", "a full year", "the days ahead", "for a while"); "the
 * first time", "the same day", "a long time" start none. Any other word:
 * yes. */
static int duration_after_article(const ns_dates *d, const uint32_t *wc, const ns_doc *doc,
                                  size_t k)
{
    static const char *const the[] = {"the", NULL}, *const a[] = {"a", "an", NULL};
    /* (besides the adjectives adjective_then_count has passed) */
    static const char *const the_next[] = {"days",    "weeks",     "months",  "years",
                                           "decades", "centuries", "quarter", NULL};
    /* (after "a", besides a count or a unit the lexicon knows: the words
     * the pattern allows between them, and the units it lacks) */
    static const char *const a_next[] = {
        "second",      "min",    "sec",      "matter",     "full",    "straight",
        "consecutive", "single", "fiscal",   "financial",  "whole",   "extra",
        "further",     "short",  "business", "working",    "trading", "shopping",
        "remaining",   "school", "more",     "additional", NULL};
    int is_the = ns_doc_word_is(doc, k, the);
    int adj = adjective_then_count(d, wc, doc, is_the ? k + 1 : k);
    if (!adj)
        return 0;
    if (!is_the && !ns_doc_word_is(doc, k, a))
        return 1;
    size_t j = k + 1;
    if (j >= doc->toks.n)
        return 0;
    if (doc->toks.v[j].flags & (NS_TF_HAS_DIGIT | NS_TF_HAS_HYPHEN))
        return 1;
    if (is_the)
        return adj == 2 || (wc[j] & (C_NUMW | C_ANYNUM)) || ns_doc_word_is(doc, j, the_next);
    return (wc[j] & (C_NUMW | C_UNIT)) || ns_doc_word_is(doc, j, a_next);
}

/* The cheap test a pattern's gate makes before its regex runs at token k
 * (enum ns_date_gate); 1 when the regex may match. */
static int gate_ok(const ns_dates *d, int gate, const uint32_t *wc, const ns_doc *doc, size_t k,
                   unsigned starts)
{
    const ns_token *t = &doc->toks.v[k];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    switch (gate) {
    case NS_DG_SET: {
        /* Sundays, Friday nights; every, daily, twice start it otherwise */
        static const char *const pods[] = {"mornings", "afternoons", "evenings", "nights", NULL};
        /* a count starts one only before times, days or nights: "three
         * times a week", "two or three days a week" */
        if (!(starts & ~(C_NUMW | C_NUM)) && !(t->flags & NS_TF_HAS_HYPHEN)) {
            static const char *const per[] = {"times", "days", "nights", NULL};
            for (size_t j = k + 1; j < doc->toks.n && j <= k + 8; j++) {
                char c = first_lower(doc, j); /* (t, d, n: most words are none) */
                if ((c == 't' || c == 'd' || c == 'n') && ns_doc_word_is(doc, j, per))
                    return 1;
            }
            return 0;
        }
        return (starts & ~C_WD) || ends_in(doc, k, "s") || ns_doc_word_is(doc, k + 1, pods);
    }
    case NS_DG_Q:
        for (size_t j = k; j < doc->toks.n && j < k + 3; j++)
            for (size_t i = doc->toks.v[j].start; i < doc->toks.v[j].end; i++)
                if (doc->text[i] == 'Q' || doc->text[i] == 'H')
                    return 1;
        return 0;
    case NS_DG_DECADE:
        /* the first number ends in s: 1990s, '80s, 1990's */
        for (size_t j = k; j < doc->toks.n && j < k + 4; j++) {
            if (!(doc->toks.v[j].flags & NS_TF_HAS_DIGIT))
                continue;
            if (ends_in(doc, j, "s"))
                return 1;
            /* "the 1990's", "the late 1980's": the tokenizer splits the 's
             * off; without the/early/late/mid before it is a year's */
            static const char *const dets[] = {"the", "early", "late", "mid", "and", NULL};
            size_t e = doc->toks.v[j].end, rest = doc->len - e;
            const char *a = doc->text + e;
            int poss = (rest >= 2 && a[0] == '\'' && (a[1] | 0x20) == 's') ||
                       (rest >= 4 && memcmp(a, "\xe2\x80\x99", 3) == 0 && (a[3] | 0x20) == 's');
            return j > 0 && poss && ends_in(doc, j, "0") &&
                   (ns_doc_word_is(doc, j - 1, dets) || j > k);
        }
        return 0;
    case NS_DG_TIME:
        if (!(s[0] >= '0' && s[0] <= '9'))
            return 1; /* noon, five o'clock */
        if (wc[k] & C_NCLK)
            return 1;
        if (k + 1 < doc->toks.n && (wc[k + 1] & C_CLOCK))
            return 1;
        if (k + 2 < doc->toks.n && in_the_pod(doc, k + 1))
            return 1; /* 4 in the morning */
        if (k + 3 < doc->toks.n && (wc[k + 1] & C_JOIN) &&
            ((wc[k + 2] & C_NCLK) || (wc[k + 3] & C_CLOCK)))
            return 1;                      /* 5 to 6 pm */
        for (size_t i = 1; i + 1 < n; i++) /* 5p.m. */
            if ((s[i] | 0x20) == 'a' || (s[i] | 0x20) == 'p')
                return s[i + 1] == '.' || (s[i + 1] | 0x20) == 'm';
        return 0;
    case NS_DG_HOLIDAY: {
        /* the second word of a two-word holiday: Day, Friday, Year's,
         * Luther; after last/next/this, the holiday's own first word */
        size_t j = k;
        static const char *const bank[] = {"bank", NULL}, *const holiday_w[] = {"holiday", NULL};
        for (size_t b = j + 2; (wc[j] & C_THE) && b <= j + 3 && b + 1 < doc->toks.n; b++)
            if (ns_doc_word_is(doc, b, bank) && ns_doc_word_is(doc, b + 1, holiday_w))
                return 1; /* the spring bank holiday, the early May bank holiday */
        if ((wc[j] & C_THE) && j + 1 < doc->toks.n) {
            size_t f = after_week_of(doc, j + 1); /* the week of Christmas */
            if (f < doc->toks.n && (wc[f] & C_HOL))
                j = f; /* the Labor Day weekend */
        }
        if ((wc[j] & C_REL) && !(wc[j] & C_HOL))
            j++;
        if (j >= doc->toks.n || !(wc[j] & C_HOL))
            return 0;
        if (pairs_may(&d->hol_single, doc, j) && ns_doc_word_is(doc, j, holiday_single))
            return 1;
        /* "Eid-al-Adha", "Eid-ul-Fitr": one hyphenated token */
        const ns_token *hj = &doc->toks.v[j];
        if ((hj->flags & NS_TF_HAS_HYPHEN) && hj->end - hj->start > 4 &&
            (doc->text[hj->start] | 0x20) == 'e' && (doc->text[hj->start + 1] | 0x20) == 'i' &&
            (doc->text[hj->start + 2] | 0x20) == 'd' && doc->text[hj->start + 3] == '-')
            return 1;
        /* "on the Fourth": Independence Day alone, with its capital */
        static const char *const fourth[] = {"fourth", NULL};
        if (ns_doc_word_is(doc, j, fourth) && doc->text[doc->toks.v[j].start] == 'F')
            return 1;
        size_t m = j + 1;
        if (m < doc->toks.n && doc->text[doc->toks.v[m].start] == '.')
            m++; /* St. Patrick's Day */
        if (m < doc->toks.n &&
            (doc->toks.v[m].kind == NS_TOK_CLITIC || first_lower(doc, m) == '\''))
            m++;
        return pairs_may(&d->hol_second, doc, m) && ns_doc_word_is(doc, m, holiday_second);
    }
    case NS_DG_REL: {
        /* the word after last/next/this/the same */
        size_t j = k;
        while (j < doc->toks.n && j < k + 3 && (wc[j] & (C_REL | C_THE)) &&
               !(wc[j] & (C_UNIT | C_WD | C_MONTH | C_SEASON)))
            j++;
        if (j >= doc->toks.n)
            return 0;
        if (wc[j] & (C_UNIT | C_WD | C_MONTH | C_SEASON))
            return 1;
        if ((wc[j] & C_FISCAL) && j + 1 < doc->toks.n && (wc[j + 1] & C_UNIT))
            return 1; /* last fiscal year */
        static const char *const pod[] = {"morning",   "afternoon", "evening", "night",
                                          "overnight", "fall",      NULL};
        char c = first_lower(doc, j);
        return (c == 'm' || c == 'a' || c == 'e' || c == 'n' || c == 'o' || c == 'f') &&
               ns_doc_word_is(doc, j, pod);
    }
    case NS_DG_ISOMONTH:
        return memchr(s + 5 < s + n ? s + 5 : s + n, '-', n > 5 ? n - 5 : 0) == NULL;
    case NS_DG_MD:
    case NS_DG_MY: {
        /* the month, then a day (md) or a year (my) right after it */
        size_t j = k;
        while (j < doc->toks.n && j < k + 3 && !(wc[j] & C_MONTH))
            j++;
        if (j >= doc->toks.n || !(wc[j] & C_MONTH))
            return 0;
        size_t m = j + 1;
        if (m < doc->toks.n && doc->toks.v[m].kind == NS_TOK_PUNCT &&
            doc->text[doc->toks.v[m].start] == '.')
            m++; /* Sept . */
        if (gate == NS_DG_MD)
            return m < doc->toks.n && (wc[m] & (C_ANYNUM | C_ORD | C_NUMW));
        if (doc->toks.v[j].flags & NS_TF_HAS_HYPHEN)
            return 1; /* Dec-2023 */
        if (m + 1 < doc->toks.n && (wc[m] & C_JOIN) && (wc[m + 1] & C_MONTH))
            m += 2; /* June to August 2023 */
        if (m < doc->toks.n && doc->toks.v[m].kind == NS_TOK_PUNCT)
            m++; /* March, 2024 */
        static const char *const of[] = {"of", NULL};
        if (ns_doc_word_is(doc, m, of))
            m++;
        return m < doc->toks.n && (wc[m] & (C_N4 | C_NISO | C_NLET | C_NUMW | C_REL));
    }
    case NS_DG_SHIFT: {
        /* ago, earlier, back, from now, hence within reach, or a
         * hyphenated year-earlier */
        static const char *const after[] = {"ago", "earlier", "back", "hence", NULL};
        static const char *const from[] = {"from", NULL}, *const now[] = {"now", "today", NULL};
        static const char *const time[] = {"time", NULL};
        static const char *const tails[] = {"ago", "earlier", NULL};
        for (size_t j = k; j < doc->toks.n && j < k + 7; j++) {
            const ns_token *u = &doc->toks.v[j];
            /* (the first letters of the words below rule out most tokens) */
            char c = first_lower(doc, j);
            if (((c == 'a' || c == 'e' || c == 'b' || c == 'h') && ns_doc_word_is(doc, j, after)) ||
                (c == 'f' && ns_doc_word_is(doc, j, from) && ns_doc_word_is(doc, j + 1, now)))
                return 1;
            /* ten years' time: "time" right after the apostrophe */
            if (c == 't' && j > k && ns_doc_word_is(doc, j, time) &&
                doc->toks.v[j - 1].kind != NS_TOK_WORD)
                return 1;
            /* year-earlier, year-ago */
            if ((u->flags & NS_TF_HAS_HYPHEN) && near_part(doc, j, 1, tails))
                return 1;
        }
        return 0;
    }
    case NS_DG_CENTURY: return near_initial(doc, k, 4, "c");
    case NS_DG_SLASH: {
        if (n == 10 && s[2] == s[5] && (s[2] == '.' || s[2] == '-'))
            return 1; /* 31.03.2015, 05-11-2024 */
        if (n == 4 && memcmp(s, "9/11", 4) == 0) {
            /* "since 9/11", "the 9/11 attacks"; not "hit 9/11 from the line" */
            static const char *const before[] = {"since", "after", "before", "on",    "the",
                                                 "of",    "post",  "pre",    "until", NULL};
            return k > 0 && ns_doc_word_is(doc, k - 1, before);
        }
        const char *sl = memchr(s, '/', n);
        return sl && memchr(sl + 1, '/', n - (size_t)(sl + 1 - s)) != NULL;
    }
    case NS_DG_DURATION: {
        static const char *const this_[] = {"this", NULL};
        return !(wc[k] & C_NISO) && !ns_doc_word_is(doc, k, this_) &&
               duration_after_article(d, wc, doc, k);
    }
    case NS_DG_REFWORD: {
        static const char *const these[] = {"these", NULL};
        static const char *const the[] = {"the", NULL};
        if (ns_doc_word_is(doc, k, these)) {
            static const char *const days[] = {"days", NULL};
            return ns_doc_word_is(doc, k + 1, days);
        }
        if (ns_doc_word_is(doc, k, the)) {
            static const char *const after_the[] = {"present", "near",    "short",
                                                    "long",    "distant", "foreseeable",
                                                    "future",  "past",    NULL};
            return ns_doc_word_is(doc, k + 1, after_the);
        }
        /* of the number words only "a later date", "some future date" */
        if (starts == C_NUMW) {
            static const char *const a_some[] = {"a", "some", NULL};
            static const char *const later[] = {"later", "future", NULL};
            return ns_doc_word_is(doc, k, a_some) && ns_doc_word_is(doc, k + 1, later);
        }
        /* "right", "near", "future" start none of its words ("right now"
         * is the prefix's); "recent" only "recent years" and the like */
        static const char *const starts_words[] = {"now",      "nowadays", "currently", "at",
                                                   "recently", "lately",   NULL};
        static const char *const recent[] = {"recent", NULL};
        static const char *const spans[] = {"years", "months", "weeks", "days", "decades", NULL};
        if (t->flags & NS_TF_HAS_HYPHEN)
            return 1;
        if (ns_doc_word_is(doc, k, recent))
            return ns_doc_word_is(doc, k + 1, spans);
        /* "shut repeatedly, most recently last year": the latest of a
         * series, which the date after it tells (TE3 train 1 of 1,
         * the annotated news 21 of 23 unmarked) */
        static const char *const most[] = {"most", NULL}, *const recently[] = {"recently", NULL};
        if (k > 0 && ns_doc_word_is(doc, k, recently) && ns_doc_word_is(doc, k - 1, most))
            return 0;
        return ns_doc_word_is(doc, k, starts_words);
    }
    case NS_DG_FY: return n >= 2 && s[0] == 'F' && s[1] == 'Y';
    case NS_DG_FULLYEAR: {
        /* (not final, following, four, five: the second letter too) */
        char c = (char)(s[0] | 0x20), c2 = n > 1 ? (char)(s[1] | 0x20) : 0;
        return (c == 'f' && c2 == 'u') || (c == 'h' && c2 == 'a');
    }
    case NS_DG_YY:
        /* the apostrophe of '91, split off or not (\u2019 starts 0xe2) */
        return s[0] == '\'' || (unsigned char)s[0] == 0xe2;
    case NS_DG_YEAREND: {
        static const char *const the[] = {"the", NULL};
        char c = first_lower(doc, ns_doc_word_is(doc, k, the) ? k + 1 : k);
        return c == 'y' || c == 'e';
    }
    case NS_DG_YEAR: {
        if (starts & ~C_NUMW)
            return 1;
        static const char *const centuries[] = {"nineteen", "eighteen", NULL};
        static const char *const two[] = {"two", NULL};
        static const char *const thousand[] = {"thousand", NULL};
        return ns_doc_word_is(doc, k, centuries) ||
               (ns_doc_word_is(doc, k, two) && ns_doc_word_is(doc, k + 1, thousand));
    }
    case NS_DG_QUARTER: {
        /* a word the pattern cannot match without, whole or between
         * hyphens: "third-quarter", "the first half" */
        static const char *const parts[] = {"quarter", "quarters", "half",
                                            "halves",  "period",   NULL};
        return near_part(doc, k, 6, parts);
    }
    case NS_DG_SEASON: {
        /* the season's name, whole or after a hyphen: "last winter",
         * "mid-summer"; not "this season", the sports year */
        static const char *const seasons[] = {"spring", "summer", "fall", "autumn", "winter", NULL};
        return near_part(doc, k, 4, seasons);
    }
    case NS_DG_DAYONLY: {
        /* "the 15th": a day number with its suffix, alone */
        if (k + 1 >= doc->toks.n)
            return 0;
        /* (digits with letters, number_shape's C_NLET, but no decade: "the 1990s") */
        const ns_token *u = &doc->toks.v[k + 1];
        return (wc[k + 1] & C_NLET) && !(u->flags & NS_TF_HAS_HYPHEN) &&
               (doc->text[u->end - 1] | 0x20) != 's';
    }
    case NS_DG_DM: {
        /* a day before the month: "4 March", "the 4th of March", "Friday
         * 4 March"; not "Thursday, August 22" (the month date's) */
        for (size_t j = k; j < doc->toks.n && j < k + 6; j++) {
            /* (a number word too: "twenty-first of March") */
            if ((doc->toks.v[j].flags & NS_TF_HAS_DIGIT) || (wc[j] & (C_ORD | C_NUMW)))
                return 1;
            if (wc[j] & C_MONTH)
                return 0;
        }
        return 0;
    }
    case NS_DG_POD: {
        /* the word its lookbehinds need right before it: "early morning",
         * "by evening", "in afternoon trading", "at midmorning" */
        static const char *const before[] = {"early", "late", "mid",    "by",    "at", "until",
                                             "till",  "in",   "during", "since", NULL};
        return k > 0 && ns_doc_word_is(doc, k - 1, before);
    }
    case NS_DG_DECADEW: {
        /* the nineties, the early seventies: a word in -ties near */
        for (size_t j = k + 1; j < doc->toks.n && j <= k + 3; j++) {
            const ns_token *u = &doc->toks.v[j];
            if (u->end - u->start > 4 && (doc->text[u->end - 4] | 0x20) == 't' &&
                memcmp(doc->text + u->end - 3, "ies", 3) == 0)
                return 1;
        }
        return 0;
    }
    default: return 1;
    }
}

typedef struct cand {
    size_t end;
    int pat;
} cand;

/* Tries every pattern at byte `at`; fills up to NS_DP_COUNT candidates that
 * end on a token end, longest first (ties keep the table's order). */
static size_t match_all(const ns_dates *d, pcre2_match_data *md, const uint32_t *wc,
                        const ns_doc *doc, size_t at, size_t k, unsigned cls, unsigned the_next,
                        const unsigned *near, cand *out, int *status)
{
    size_t n = 0;
    uint32_t pats = 0;
    for (unsigned b = cls & C_STARTS; b; b &= b - 1)
        pats |= d->pats_of[__builtin_ctz(b)];
    for (; pats; pats &= pats - 1) {
        int i = __builtin_ctz(pats);
        unsigned starts = ns_date_patterns[i].starts & cls;
        /* "the" alone allows a pattern only before the right next word */
        if (starts == C_THE && !(ns_date_patterns[i].after_the & the_next))
            continue;
        if (!starts)
            continue;
        /* a month date needs a month word near, a duration a unit, ... */
        if (ns_date_patterns[i].needs &&
            !(ns_date_patterns[i].needs & near[ns_date_patterns[i].window - 1]))
            continue;
        /* the gates read whole tokens: not after a prefix inside one */
        if (ns_date_patterns[i].gate && doc->toks.v[k].start == at &&
            !gate_ok(d, ns_date_patterns[i].gate, wc, doc, k, starts))
            continue;
        int rc = ns_regex_match(&d->env, d->pat[i], doc->text, doc->len, at, 0, md);
        if (rc < 0) {
            *status = rc;
            return 0;
        }
        if (rc != NS_REGEX_MATCH)
            continue;
        size_t e = pcre2_get_ovector_pointer(md)[1];
        if (e <= at || token_ending_at(doc, k, e) == SIZE_MAX)
            continue;
        size_t j = n++;
        while (j > 0 && out[j - 1].end < e) {
            out[j] = out[j - 1];
            j--;
        }
        out[j].end = e;
        out[j].pat = i;
    }
    return n;
}

/* Words for statistics. */
static const char *const data_words[] = {
    "figures", "data",     "numbers",   "statistics",   "sales",   "output", "production",
    "reading", "payrolls", "inflation", "unemployment", "results", "report", "orders",
    "exports", "imports",  "survey",    "gdp",          "product", "claims", "earnings",
    "profit",  "index",    "cpi",       "ppi",          NULL};

/* Whether a word for statistics follows the date ending at token klast,
 * one to three words on: "the July jobs report", "October inflation
 * data", "fourth-quarter results" (data come out after their period). */
static int data_of(const ns_doc *doc, size_t klast)
{
    /* (a noun phrase's words only: not "in October and will report
     * initial sales", a verb of its own) */
    static const char *const stops[] = {"and", "or",   "will", "would", "to",  "with", "as",
                                        "but", "when", "is",   "was",   "has", "had",  NULL};
    for (size_t j = klast + 1; j <= klast + 3 && j < doc->toks.n; j++) {
        const ns_token *t = &doc->toks.v[j];
        if (t->kind != NS_TOK_WORD || !(doc->text[t->start] >= 'a' && doc->text[t->start] <= 'z') ||
            ns_doc_word_is(doc, j, stops))
            return 0;
        /* (a word for statistics that qualifies a noun of its own is
         * none: "ahead of December sales push", "the July sales season") */
        static const char *const heads[] = {
            "push", "season", "rush",     "drive",     "event",     "events",     "period",
            "peak", "boom",   "campaign", "campaigns", "promotion", "promotions", NULL};
        if (ns_doc_word_is(doc, j, data_words))
            return !ns_doc_word_is(doc, j + 1, heads);
    }
    return 0;
}

/* Whether "for" before token k follows a word for statistics, one to
 * three words back: "production figures for February", "data for May";
 * not a level set for a month ("decide on output levels for May"). */
static int data_for(const ns_doc *doc, size_t k)
{
    static const char *const for_[] = {"for", NULL};
    static const char *const set_levels[] = {"levels", "level",   "quota", "quotas",
                                             "target", "targets", "cuts",  NULL};
    if (k < 2 || !ns_doc_word_is(doc, k - 1, for_) || ns_doc_word_is(doc, k - 2, set_levels))
        return 0;
    for (size_t j = k - 2; j + 4 >= k && j < doc->toks.n; j--) {
        if (ns_doc_word_is(doc, j, data_words))
            return 1;
        if (doc->toks.v[j].kind != NS_TOK_WORD || j == 0)
            break;
    }
    return 0;
}

/* The tense the words right at a month or weekday give it, whatever the
 * sentence's verb: 1 for a futures month ("crude for November delivery",
 * "September bank bill futures rose") and for a change "starting in April";
 * -1 for statistics "for February" ("will publish production figures for
 * February"); 0 when they say nothing. kt is where the expression's words
 * begin (a hedge left outside included), ks its span's first token. */
static int own_tense(const ns_doc *doc, const ns_timex_parse *p, size_t kt, size_t ks, size_t klast)
{
    static const char *const starting[] = {"starting", "beginning", "effective", NULL};
    static const char *const in_on[] = {"in", "on", "from", NULL};
    if (p->year)
        return 0;
    if (p->month && !p->day && contract_month(doc, klast))
        return 1;
    /* "WTI for December traded at $26", "Brent for March": a contract */
    static const char *const for_[] = {"for", NULL};
    static const char *const benchmarks[] = {"wti",  "brent", "crude",    "gold", "copper",
                                             "corn", "wheat", "soybeans", NULL};
    if (p->month && !p->day && ks >= 2 && ns_doc_word_is(doc, ks - 1, for_) &&
        ns_doc_word_is(doc, ks - 2, benchmarks))
        return 1;
    /* "secured 40 cargoes for delivery between June and September", "for
     * loading in July": a trade's months ahead */
    static const char *const forward[] = {"delivery",  "deliveries", "shipment",
                                          "shipments", "loading",    NULL};
    static const char *const in_between[] = {"in", "between", "from", "during", NULL};
    if (p->month && !p->day && ks >= 3 && ns_doc_word_is(doc, ks - 1, in_between) &&
        ns_doc_word_is(doc, ks - 2, forward) && ns_doc_word_is(doc, ks - 3, for_))
        return 1;
    size_t ke = kt > 0 && ns_doc_word_is(doc, kt - 1, in_on) ? kt - 1 : kt;
    /* (and a quarter, a half, a season: "starting in the second quarter") */
    if ((p->month || p->weekday || p->quarter || p->half || p->season) && ke > 0 &&
        ns_doc_word_is(doc, ke - 1, starting))
        return 1;
    /* "workers set Sunday strike deadline", "faces a Friday deadline",
     * "ahead of a Monday deadline": a deadline set or faced is still
     * ahead (not one missed or passed, nor "by the Tuesday deadline":
     * the verb decides those) */
    static const char *const deadline[] = {"deadline", "deadlines", NULL};
    static const char *const dets[] = {"a", "the", "its", "their", "his", "her", NULL};
    static const char *const setters[] = {"set",    "sets",   "setting", "face",    "faces",
                                          "facing", "of",     "meet",    "imposed", "gave",
                                          "given",  "issued", NULL};
    if (p->weekday && !p->month && !p->day && p->hour < 0 && ks > 0 &&
        (ns_doc_word_is(doc, klast + 1, deadline) || ns_doc_word_is(doc, klast + 2, deadline))) {
        size_t b = ks - 1;
        if (b > 0 && ns_doc_word_is(doc, b, dets))
            b--;
        if (ns_doc_word_is(doc, b, setters))
            return 1;
    }
    /* "a pay rise retroactive to Sept. 1", "backdated to April": a start
     * already behind */
    static const char *const to[] = {"to", NULL};
    static const char *const retro[] = {"retroactive", "retroactively", "backdated", NULL};
    if ((p->month || p->weekday) && kt > 1 && ns_doc_word_is(doc, kt - 1, to) &&
        ns_doc_word_is(doc, kt - 2, retro))
        return -1;
    /* "tickets for Tuesday", "cardinals set his funeral for Saturday",
     * "a forecast for Monday": a day something is booked for lies ahead,
     * whatever tense tells of the booking; "for Saturday's vote" may be
     * one just held, and so may the day just gone ("tables for Friday
     * evening were sold out", said on Saturday) */
    if (p->weekday && p->kind == NS_TX_CAL && !p->day && !p->month && kt == ks && ks > 0 &&
        ns_doc_word_is(doc, ks - 1, for_) && !ns_doc_word_is(doc, klast + 1, possessive) &&
        !(klast + 1 < doc->toks.n && doc->toks.v[klast + 1].kind == NS_TOK_CLITIC)) {
        ns_ymd ref = {doc->ref_year, doc->ref_month, doc->ref_day};
        int yesterday = ns_cal_valid(ref.y, ref.m, ref.d) &&
                        p->weekday == ns_cal_weekday(ns_cal_add_days(ref, -1));
        /* (not a day it was set for before it moved: "Undocking was first
         * scheduled for Tuesday but was called off": the sentence decides) */
        static const char *const before[] = {"originally", "initially", "first", "previously",
                                             NULL};
        int moved = ks >= 3 && ns_doc_word_is(doc, ks - 3, before);
        if (!yesterday && !moved)
            return 1;
    }
    /* "GDP figures for the fourth quarter are due", said in January: the
     * quarter just ended */
    int last_q = doc->ref_month >= 1 && doc->ref_month <= 12 &&
                 p->quarter == ((doc->ref_month - 1) / 3 + 1 == 1 ? 4 : (doc->ref_month - 1) / 3);
    if ((p->month || last_q) && !p->day && (data_for(doc, ks) || data_of(doc, klast)))
        return -1;
    return 0;
}

/* Whether "one day" at token k means "some day": no preposition before it
 * ("for one day", "in one day") and a modal a few words after it. */
static int some_day(const ns_doc *doc, size_t k)
{
    static const char *const one[] = {"one", NULL};
    static const char *const preps_[] = {"for",    "in",    "within", "than",  "per",   "a",
                                         "every",  "each",  "only",   "just",  "last",  "lasts",
                                         "lasted", "took",  "take",   "takes", "spent", "spend",
                                         "waited", "after", NULL};
    static const char *const modals[] = {"will", "would", "could", "might",
                                         "may",  "shall", "'ll",   NULL};
    if (!ns_doc_word_is(doc, k, one) || (k > 0 && ns_doc_word_is(doc, k - 1, preps_)))
        return 0;
    for (size_t j = k + 2; j < doc->toks.n && j < k + 6; j++) {
        if (doc->toks.v[j].sent != doc->toks.v[k].sent)
            break;
        if (ns_doc_word_is(doc, j, modals))
            return 1;
    }
    return 0;
}

/* Whether "of" stands among tokens k..klast: "the 4th of March". */
static int has_of(const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const of[] = {"of", NULL};
    for (size_t j = k; j <= klast && j < doc->toks.n; j++)
        if (ns_doc_word_is(doc, j, of))
            return 1;
    return 0;
}

/* The byte after the word at s and the white space that follows it. */
static size_t after_first_word(const ns_doc *doc, size_t s, size_t end)
{
    while (s < end && doc->text[s] != ' ' && doc->text[s] != '\t' && doc->text[s] != '\n')
        s++;
    while (s < end && (doc->text[s] == ' ' || doc->text[s] == '\t' || doc->text[s] == '\n'))
        s++;
    return s;
}

static int starts_with_word(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n < m + 1)
        return 0;
    for (size_t i = 0; i < m; i++)
        if ((s[i] | 0x20) != w[i])
            return 0;
    return s[m] == ' ' || s[m] == '\t' || s[m] == '\n';
}

static const char *const type_names[] = {"DATE", "DATE", "TIME", "DURATION", "SET"};

/* The entity type a parse's TIMEX3 type is written as. */
static const char *type_name(const ns_timex_parse *p)
{
    return type_names[p->type <= NS_TT_SET ? p->type : 0];
}

/* Whether the word after token klast, on the same line, can be the noun a
 * date before it qualifies ("the 6 December defeat", "the 30 October
 * Budget", "the third-quarter results"): not a determiner or pronoun that
 * starts a new phrase ("in the mid-1980s The Sunday Times called"). */
static int noun_after(const ns_doc *doc, size_t klast)
{
    /* a determiner, a pronoun or a preposition starts no noun phrase the
     * date could qualify ("the city's first strike in a quarter-century on
     * Wednesday") */
    static const char *const starts[] = {
        "the",   "a",   "an", "this", "that", "these",   "those", "his", "her",  "its",
        "their", "our", "my", "he",   "she",  "it",      "they",  "we",  "i",    "you",
        "on",    "in",  "at", "of",   "for",  "to",      "from",  "by",  "with", "and",
        "or",    "but", "as", "than", "ago",  "earlier", "later", NULL};
    if (klast + 1 >= doc->toks.n)
        return 0;
    const ns_token *n = &doc->toks.v[klast + 1];
    return n->kind == NS_TOK_WORD && !(n->flags & (NS_TF_NEWLINE_BEFORE | NS_TF_SENT_START)) &&
           !ns_doc_word_is(doc, klast + 1, starts);
}

/* Whether a count at token k stands a paragraph away from what follows
 * it: a table's "359,000", then a blank line, then "Week ago". */
static int count_apart(const ns_doc *doc, size_t k, size_t klast)
{
    return klast > k && doc->toks.v[k].kind == NS_TOK_NUMBER &&
           (doc->toks.v[k + 1].flags & NS_TF_PARA_START);
}

/* Whether tokens k..klast, a clock time and a weekday, end a range of hours
 * and open a range of days: "between 8 a.m. and 5 p.m. Monday through
 * Friday", a week's hours, the clock and the days two expressions (the
 * normaliser reads them as a habit). */
static int hours_then_days(const uint32_t *wc, const ns_doc *doc, size_t k, size_t klast)
{
    static const char *const to[] = {"through", "thru", "to", "until", "till", "-", "\u2013", NULL};
    static const char *const joins[] = {"and", "to", "until", "till", "-", "\u2013", NULL};
    static const char *const comma[] = {",", NULL};
    size_t kc = klast > k + 1 && ns_doc_word_is(doc, klast - 1, comma) ? klast - 2 : klast - 1;
    return k >= 2 && klast > k && klast + 2 < doc->toks.n && (wc[kc] & (C_CLOCK | C_NCLK)) &&
           lex_is_weekday(doc, klast) && ns_doc_word_is(doc, klast + 1, to) &&
           lex_is_weekday(doc, klast + 2) && ns_doc_word_is(doc, k - 1, joins) &&
           (wc[k - 2] & (C_CLOCK | C_NCLK));
}

/* Whether a forecast stands a few words before token k in its sentence:
 * "the IEA has projected a record surplus for the year", said in
 * February, is of the year under way, not the one just ended. */
static int forecast_before(const ns_doc *doc, size_t k)
{
    static const char *const forecast[] = {"projected",  "projects",    "forecast", "forecasts",
                                           "predicted",  "predicts",    "outlook",  "guidance",
                                           "projection", "projections", NULL};
    uint32_t sent = k < doc->toks.n ? doc->toks.v[k].sent : 0;
    for (size_t j = k, n = 0; j-- > 0 && n < 6 && doc->toks.v[j].sent == sent; n++)
        if (ns_doc_word_is(doc, j, forecast))
            return 1;
    return 0;
}

static int infer_day_first(const ns_doc *doc);

/* "around 3 o'clock", "in bed by 11 o'clock": an hour on the clock face
 * with no a.m. or p.m. is the afternoon's or evening's when its sentence
 * speaks of one, the morning's when it speaks of that, and from one to six
 * the afternoon's when it speaks of neither ("standing here since 4
 * o'clock"). */
static void oclock_half(const ns_doc *doc, size_t k, size_t klast, ns_timex_parse *p)
{
    static const char *const clock[] = {"o'clock", "oclock", "clock", NULL};
    static const char *const am[] = {"morning",   "mornings",  "a.m.",  "am",   "dawn", "sunrise",
                                     "breakfast", "overnight", "awake", "woke", NULL};
    static const char *const pm[] = {
        "afternoon", "evening", "night",         "tonight",  "p.m.",   "pm",     "dinner", "bed",
        "dusk",      "sunset",  "mid-afternoon", "evenings", "nights", "supper", NULL};
    /* (and so is one spoken: "didn't get on a ferry until half past two") */
    static const char *const spoken[] = {"half", "quarter", NULL};
    if (p->pm || p->pod || p->hour < 1 || p->hour > 11 ||
        !(ns_doc_word_is(doc, klast, clock) || ns_doc_word_is(doc, k, spoken) ||
          (klast > k && ns_doc_word_is(doc, k + 1, spoken))))
        return;
    /* (the sentence before counts too: "Good morning. It's six o'clock") */
    uint32_t sent = doc->toks.v[k].sent;
    size_t a = k, b = klast;
    while (a > 0 && doc->toks.v[a - 1].sent + 1 >= sent)
        a--;
    while (b + 1 < doc->toks.n && doc->toks.v[b + 1].sent == sent)
        b++;
    int half = 0;
    for (size_t j = a; j <= b && !half; j++)
        half = ns_doc_word_is(doc, j, am) ? 1 : ns_doc_word_is(doc, j, pm) ? 2 : 0;
    if (half == 2 || (!half && p->hour <= 6))
        p->hour += 12;
}

/* Finds the best expression starting at token k; 1 and *e filled if one. */
static int best_at(const ns_dates *d, const uint32_t *wc, const uint32_t *hc, pcre2_match_data *md,
                   ns_doc *doc, size_t k, unsigned cls, newsent_entity *e, ns_timex_parse *p,
                   int *status)
{
    const ns_token *t = &doc->toks.v[k];
    size_t start = t->start, core = t->start;
    int prefixed = 0;
    unsigned core_cls = cls;
    int prc = (cls & C_PREFIX)
                  ? ns_regex_match(&d->env, d->prefix, doc->text, doc->len, start, 0, md)
                  : NS_REGEX_NOMATCH;
    if (prc < 0) {
        *status = prc;
        return 0;
    }
    if (prc == NS_REGEX_MATCH) {
        size_t pe = pcre2_get_ovector_pointer(md)[1];
        size_t kc = ns_doc_token_at_or_after(doc, pe);
        if (kc < doc->toks.n && doc->toks.v[kc].start == pe) {
            core = pe;
            prefixed = 1;
            core_cls = wc[kc];
        } else if (kc > 0 && pe > start && doc->toks.v[kc - 1].start < pe &&
                   doc->toks.v[kc - 1].end > pe) {
            /* "mid-1990s" is one token; the prefix ends inside it */
            core = pe;
            prefixed = 1;
            core_cls = ~0u;
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        size_t at = pass == 0 ? core : start;
        if (pass == 1 && core == start)
            break;
        cand c[NS_DP_COUNT];
        size_t kk = at == start ? k : ns_doc_token_at_or_after(doc, at);
        if (kk > 0 && doc->toks.v[kk - 1].end > at)
            kk--;
        unsigned use = pass == 0 ? core_cls : cls;
        size_t kn = kk + 1;
        if (kn + 1 < doc->toks.n &&
            ((doc->toks.v[kn].end - doc->toks.v[kn].start == 1 &&
              doc->text[doc->toks.v[kn].start] == '\'') ||
             (doc->toks.v[kn].end - doc->toks.v[kn].start == 3 &&
              memcmp(doc->text + doc->toks.v[kn].start, "\xe2\x80\x99", 3) == 0)))
            kn++; /* the '80s, the ’80s */
        unsigned the_next = (use & C_THE) && kn < doc->toks.n ? wc[kn] : 0;
        /* near[j]: the classes of the tokens kk..kk+j a match could reach,
         * with the parts of hyphenated tokens (90-day, third-quarter) */
        unsigned near[NS_DP_WINDOW], acc = 0;
        for (size_t j = 0; j < NS_DP_WINDOW; j++) {
            size_t kj = kk + j;
            if (kj < doc->toks.n)
                acc |= wc[kj] | hc[kj];
            near[j] = acc;
        }
        size_t n = match_all(d, md, wc, doc, at, kk, use, the_next, near, c, status);
        if (*status != NEWSENT_OK)
            return 0;
        for (size_t i = 0; i < n; i++) {
            const ns_date_pattern *dp = &ns_date_patterns[c[i].pat];
            size_t s = at, end = c[i].end;
            if (dp->family == NS_DF_NUMERIC && !(doc->flags & NS_DOC_ORDER_KNOWN) &&
                !(doc->flags & NEWSENT_EXTRACT_DAY_FIRST) && end - s >= 5 &&
                (doc->text[s + 1] == '/' || doc->text[s + 2] == '/' || doc->text[s + 2] == '.' ||
                 doc->text[s + 2] == '-')) {
                doc->flags |= NS_DOC_ORDER_KNOWN;
                if (infer_day_first(doc))
                    doc->flags |= NEWSENT_EXTRACT_DAY_FIRST;
            }
            size_t klast = token_ending_at(doc, k, end);
            static const char *const comma[] = {",", NULL};
            if (klast != SIZE_MAX && hours_then_days(wc, doc, k, klast)) {
                klast -= 1 + (size_t)ns_doc_word_is(doc, klast - 1, comma); /* the clock alone */
                end = doc->toks.v[klast].end;
            }
            int r = ns_date_interpret(dp->family, doc->text + s, end - s,
                                      (doc->flags & NEWSENT_EXTRACT_DAY_FIRST) != 0, p);
            if (r < 0) {
                /* February 30: nothing here, and nothing inside it either */
                e->byte_end = (uint32_t)end;
                return -1;
            }
            /* "1647:" heading a live blog's entry is its clock, no year */
            if (r == 0 || (end < doc->len && doc->text[end] == '\x1e' && dp->family != NS_DF_TIME))
                continue;
            int pre = pass == 0 && prefixed;
            if ((p->half || p->quarter || p->unit == NS_TU_QUARTER) && !p->year &&
                !(doc->flags & NS_DOC_SPORTS_KNOWN))
                doc->flags |= NS_DOC_SPORTS_KNOWN | (sports_story(d, doc) ? NS_DOC_SPORTS : 0u);
            int ctx = context_ok(d, doc, kk, klast, at, dp->name, p, pre);
            if (ctx == NS_CONTEXT_RATE) {
                p->kind = NS_TX_SET;
                p->type = NS_TT_SET;
                /* one of the unit, as counted ("$200 a fortnight": two weeks) */
                if (!(p->count > 0))
                    p->count = 1;
                p->rate = 1;
            }
            if (!ctx || count_apart(doc, kk, klast))
                continue;
            /* "from" and "between" are prepositions, outside every extent
             * as TimeML has them, also before a range they introduce
             * ("from June to August", "between May 23 and 25") */
            if (starts_with_word(doc->text + s, end - s, "from") ||
                starts_with_word(doc->text + s, end - s, "between")) {
                if (pre)
                    continue;
                s = after_first_word(doc, s, end);
            }
            /* "the timing could hardly be worse, coming two weeks after
             * schools went back": the verb, not "the coming two weeks" */
            static const char *const coming_after[] = {"the", "this",   "these",  "in",   "over",
                                                       "for", "during", "within", "next", NULL};
            if (dp->family == NS_DF_DURATION &&
                starts_with_word(doc->text + s, end - s, "coming") &&
                !(k > 0 && ns_doc_word_is(doc, k - 1, coming_after)) && klast > k)
                s = after_first_word(doc, s, end);
            /* "after the 6 December defeat": the article is the noun's */
            if (NAME_IS(dp->name, "dm") && starts_with_word(doc->text + s, end - s, "the") &&
                noun_after(doc, klast) && !has_of(doc, k, klast))
                s = after_first_word(doc, s, end);
            /* "the past year" is a duration, not last year; "the last
             * fiscal year" is the year */
            if (dp->family == NS_DF_REL && p->kind == NS_TX_REL && !p->weekday && !p->month &&
                !NAME_IS(dp->name, "theunit") && !p->season &&
                starts_with_word(doc->text + s, end - s, "the") && p->offset != 0 &&
                p->unit != NS_TU_DAY && !has_fiscal(wc, doc, k, klast))
                continue;
            /* "a major final 55 years ago": no duration ends before "ago";
             * the shift that follows is tried on its own */
            static const char *const ago[] = {"ago", NULL};
            if (dp->family == NS_DF_DURATION && ns_doc_word_is(doc, klast + 1, ago))
                continue;
            /* "net income for the year ended Sept. 30": a year's length,
             * the end day its own expression, as TimeBank marks it; "the
             * quarter ended June 30" stays the quarter (3 of 4 there) */
            static const char *const ended[] = {"ended", "ending", NULL};
            /* "in the year to February", "the quarter through June": the
             * same length, in British and wire style */
            static const char *const to_through[] = {"to", "through", NULL};
            if (NAME_IS(dp->name, "theunit") && p->kind == NS_TX_REL &&
                (p->unit == NS_TU_YEAR || p->unit == NS_TU_MONTH) &&
                (ns_doc_word_is(doc, klast + 1, ended) ||
                 (ns_doc_word_is(doc, klast + 1, to_through) && klast + 2 < doc->toks.n &&
                  lex_is_month(doc, klast + 2)))) {
                p->kind = NS_TX_DURATION;
                p->type = NS_TT_DURATION;
                p->count = 1;
                p->offset = 0;
                p->latest = 0;
            }
            /* "living one day at a time": a way of living, not a span */
            static const char *const at_w[] = {"at", NULL}, *const a_w[] = {"a", NULL};
            static const char *const time_w[] = {"time", NULL};
            if (dp->family == NS_DF_DURATION && p->count == 1 && p->unit == NS_TU_DAY &&
                ns_doc_word_is(doc, klast + 1, at_w) && ns_doc_word_is(doc, klast + 2, a_w) &&
                ns_doc_word_is(doc, klast + 3, time_w))
                continue;
            /* "one day China would pay": some day, ahead, not a span */
            if (dp->family == NS_DF_DURATION && p->count == 1 && p->unit == NS_TU_DAY &&
                klast == k + 1 && some_day(doc, k)) {
                p->kind = NS_TX_REFWORD;
                p->type = NS_TT_DATE;
                p->offset = NS_REF_FUTURE;
            }
            /* "the quarter ending June 30" is the calendar quarter that
             * day closes; a fiscal one ending in another month keeps the
             * last completed quarter */
            /* "in 2002, the year he retired": the year just written, told
             * again, no TIMEX3 of its own */
            static const char *const comma_[] = {",", NULL};
            if (klast == kk + 1 && p->unit == NS_TU_YEAR && p->kind == NS_TX_REL &&
                NAME_IS(dp->name, "theunit") && kk > 1 && ns_doc_word_is(doc, kk - 1, comma_) &&
                doc->toks.v[kk - 2].kind == NS_TOK_NUMBER &&
                doc->toks.v[kk - 2].end - doc->toks.v[kk - 2].start == 4)
                continue;
            /* "the new year": next year's from July, this year's before */
            static const char *const new_[] = {"new", NULL};
            if (NAME_IS(dp->name, "theunit") && p->kind == NS_TX_REL && p->unit == NS_TU_YEAR &&
                ns_doc_word_is(doc, kk + 1, new_))
                p->offset = doc->ref_month >= 7 ? 1 : 0;
            /* "the week ahead": this one early in it, the next from Friday */
            static const char *const ahead_[] = {"ahead", NULL};
            if (NAME_IS(dp->name, "theunit") && p->kind == NS_TX_REL && p->offset == 0 &&
                ns_doc_word_is(doc, klast, ahead_))
                p->ahead = 1;
            /* "convicted in November 2023 and sentenced the next month": the
             * month after the story's, where no preposition makes it a span
             * ("over the next month") */
            static const char *const next_[] = {"next", NULL}, *const the_n[] = {"the", NULL};
            static const char *const span_preps[] = {
                "in",       "over", "during", "within",  "for",  "throughout", "through", "across",
                "until",    "till", "by",     "between", "from", "spend",      "spent",   "spends",
                "spending", "take", "takes",  "took",    "wait", "waited",     NULL};
            if (p->kind == NS_TX_DURATION && p->count == 1 && klast == kk + 2 &&
                (p->unit == NS_TU_WEEK || p->unit == NS_TU_MONTH || p->unit == NS_TU_YEAR) &&
                ns_doc_word_is(doc, kk, the_n) && ns_doc_word_is(doc, kk + 1, next_) && kk > 0 &&
                doc->toks.v[kk - 1].kind == NS_TOK_WORD &&
                !ns_doc_word_is(doc, kk - 1, span_preps)) {
                p->kind = NS_TX_ANAPHOR;
                p->type = NS_TT_DATE;
                p->offset = 1;
            }
            /* "the week before Christmas": the normaliser places it */
            static const char *const before_after[] = {"before", "after", NULL};
            if (NAME_IS(dp->name, "theunit") &&
                (p->kind == NS_TX_REL || p->kind == NS_TX_ANAPHOR) &&
                (p->unit == NS_TU_DAY || p->unit == NS_TU_WEEK) &&
                ns_doc_word_is(doc, klast + 1, before_after))
                p->before_after =
                    (signed char)(doc->text[doc->toks.v[klast + 1].start] == 'a' ? 1 : -1);
            int qend = NAME_IS(dp->name, "theunit") && p->kind == NS_TX_REL &&
                               p->unit == NS_TU_QUARTER &&
                               (ns_doc_word_is(doc, klast + 1, ended) ||
                                ns_doc_word_is(doc, klast + 1, to_through))
                           ? lex_month(doc, klast + 2)
                           : 0;
            if (qend % 3 == 0 && qend > 0) {
                p->kind = NS_TX_CAL;
                p->quarter = qend / 3;
                p->offset = 0;
                p->latest = 0;
            }
            if (pre) {
                /* TimeML keeps "early", "the end of", "at least" and the
                 * hedges of an amount ("nearly two years", "around Nov. 1")
                 * in the extent, with their meaning in mod; prepositions
                 * ("within", "over") stay out, and so does a hedge on a set
                 * ("almost daily") and a preposition ("about the future").
                 * "earlier"/"later" belong to a period
                 * they place: "earlier this month", "later that year". */
                /* "another 12 months", "an additional year" are one span, as
                 * "another year" is (the train set's one "an additional year"
                 * is marked whole); "another Thursday evening" is not */
                static const char *const another[] = {"another", "an", NULL};
                static const char *const outside[] = {"within", "only", "over", "under",
                                                      "as",     "not",  NULL};
                static const char *const hedges[] = {"around",  "almost",        "nearly", "about",
                                                     "roughly", "approximately", NULL};
                /* "some 600 years": a hedge before a numeral, a determiner
                 * before anything else ("some time", "some days") */
                static const char *const some[] = {"some", NULL};
                static const char *const placed[] = {"earlier", "later", NULL};
                /* "Later yesterday", "earlier today": in the train set "earlier" and
                 * "later" are inside before a day word 2 times to 1 */
                static const char *const this_that[] = {"this",    "that",     "today", "yesterday",
                                                        "tonight", "tomorrow", NULL};
                /* "a delay of over three hours", "lasted over a week":
                 * "over" an amount is "more than" after these words (2 of 2
                 * in the train set); elsewhere ("used over three years",
                 * "lose 16 pounds over 40 weeks") it is "across", a
                 * preposition, and stays out */
                static const char *const over[] = {"over", NULL}, *const up[] = {"up", NULL};
                static const char *const under[] = {"under", NULL};
                static const char *const vague[] = {"several", "few", "many", "some", NULL};
                size_t kcore = ns_doc_token_at_or_after(doc, core);
                /* "reported up to Wednesday", "homes a year up to 2030": a
                 * preposition, "until" */
                int until_day = ns_doc_word_is(doc, k, up) &&
                                ((wc[kcore] & (C_WD | C_MONTH | C_DEIC)) ||
                                 (p->kind == NS_TX_CAL && p->year && p->type == NS_TT_DATE));
                static const char *const over_means_more[] = {
                    "just", "of",    "for",    "last", "lasted", "lasts",   "lasting", "took",
                    "take", "takes", "taking", "well", "in",     "after",   "since",   "have",
                    "has",  "had",   "than",   "wait", "waited", "waiting", "waits",   NULL};
                /* "waited longer than a year": the length of a wait or a
                 * stay; "a holiday longer than a week" compares a thing */
                static const char *const longer[] = {"longer", "shorter", NULL};
                static const char *const longer_after[] = {
                    "wait",  "waited", "waiting", "waits", "last",  "lasted", "lasting", "lasts",
                    "take",  "took",   "taking",  "takes", "stay",  "stayed", "staying", "stays",
                    "spent", "been",   "be",      "for",   "taken", NULL};
                /* "3% more than last year", "62,000 fewer than a year ago":
                 * an amount compared with a time's, not a hedge on it */
                static const char *const more_less[] = {"more", "less", "fewer", NULL};
                static const char *const deictic[] = {"last", "this", "next", NULL};
                int compared = ns_doc_word_is(doc, k, more_less) &&
                               (ns_doc_word_is(doc, kcore, deictic) ||
                                (k > 0 && (doc->toks.v[k - 1].kind == NS_TOK_NUMBER ||
                                           doc->text[doc->toks.v[k - 1].start] == '%')) ||
                                (k > 1 && doc->toks.v[k - 2].kind == NS_TOK_NUMBER &&
                                 doc->toks.v[k - 1].kind == NS_TOK_WORD &&
                                 doc->text[doc->toks.v[k - 1].start] >= 'a' &&
                                 !ns_doc_word_is(doc, k - 1, preps)));
                if (compared || (ns_doc_word_is(doc, k, longer) &&
                                 !(k > 0 && ns_doc_word_is(doc, k - 1, longer_after))))
                    ; /* the comparison stays out */
                else if (ns_doc_word_is(doc, k, over) && p->type == NS_TT_DURATION &&
                         (wc[kcore] & (C_ANYNUM | C_NUMW)) && !ns_doc_word_is(doc, kcore, vague) &&
                         k > 0 && ns_doc_word_is(doc, k - 1, over_means_more))
                    s = start; /* not "pay the cost over five years" */
                /* "sold out in under two weeks": "under" an amount of time
                 * is "less than" (7 of 8 in the annotated news), not the
                 * preposition of "under Friday's deal" */
                else if (ns_doc_word_is(doc, k, under) && p->type == NS_TT_DURATION &&
                         (wc[kcore] & (C_ANYNUM | C_NUMW)) && !ns_doc_word_is(doc, kcore, vague))
                    s = start;
                else if (!until_day &&
                         (ns_doc_word_is(doc, k, placed)
                              ? ns_doc_word_is(doc, kcore, this_that) || placed_in(doc, k)
                          : ns_doc_word_is(doc, k, hedges)
                              ? p->type != NS_TT_SET &&
                                    (wc[kcore] & (C_ANYNUM | C_NUMW | C_MONTH | C_UNIT | C_CLOCK))
                          : ns_doc_word_is(doc, k, some)
                              ? p->type != NS_TT_SET && (wc[kcore] & C_ANYNUM)
                              : !ns_doc_word_is(doc, k, outside) &&
                                    !(ns_doc_word_is(doc, k, another) &&
                                      p->type != NS_TT_DURATION)))
                    s = start;
                int pod = ns_date_prefix_pod(doc->text + start, core - start);
                if (pod && (p->day || p->weekday) && p->hour < 0 && !p->pod) {
                    p->pod = (unsigned char)pod; /* the evening of Oct. 28 */
                    p->type = NS_TT_TIME;
                } else if (!p->mod) {
                    p->mod = ns_date_prefix_mod(doc->text + start, core - start);
                }
            } else if ((dp->family == NS_DF_CAL || dp->family == NS_DF_REL) &&
                       (wc[kk] & (C_THE | C_MOD))) {
                /* the late 1980s, early next year: a mod inside the pattern */
                const char *m = ns_date_prefix_mod(doc->text + s, end - s);
                if (m && (!strcmp(m, "START") || !strcmp(m, "END") || !strcmp(m, "MID")))
                    p->mod = m;
            }
            size_t ks = s == start ? k : ns_doc_token_at_or_after(doc, s);
            /* "the third-quarter results", "the two-week trip", "the
             * weeklong festival": the article belongs to the noun, not to
             * the adjective */
            static const char *const the[] = {"the", "a", "an", NULL};
            const ns_token *lt = &doc->toks.v[klast];
            /* "a decade high", "a five year low": the train set marks the
             * span alone, as it marks "their 52-week high" */
            static const char *const high_low[] = {"high", "low", "highs", "lows", NULL};
            int adj =
                (lt->flags & NS_TF_HAS_HYPHEN) ||
                (lt->end - lt->start > 4 && memcmp(doc->text + lt->end - 4, "long", 4) == 0) ||
                (p->type == NS_TT_DURATION && ns_doc_word_is(doc, klast + 1, high_low));
            if (klast == ks + 1 && ns_doc_word_is(doc, ks, the) && adj && noun_after(doc, klast)) {
                ks++;
                s = doc->toks.v[ks].start;
            }
            /* ... and so do "next", "last", "first": "the next seven-year
             * budget", "the first two-year term" */
            static const char *const which[] = {"next",   "last",  "previous", "past", "first",
                                                "second", "third", "final",    NULL};
            if (klast == ks + 2 && ns_doc_word_is(doc, ks, the) &&
                ns_doc_word_is(doc, ks + 1, which) && (lt->flags & NS_TF_HAS_HYPHEN) &&
                noun_after(doc, klast)) {
                ks += 2;
                s = doc->toks.v[ks].start;
            }
            /* "in the late afternoon": the article of a part of the day
             * with its hedge stays in, as it does in "the afternoon" */
            static const char *const early_late[] = {"early", "late", "mid", NULL};
            static const char *const of_pod[] = {"of", NULL};
            static const char *const pods[] = {"morning", "afternoon", "evening", NULL};
            if (klast == ks + 1 && ks > 0 && s == doc->toks.v[ks].start &&
                ns_doc_word_is(doc, ks, early_late) && ns_doc_word_is(doc, klast, pods) &&
                ns_doc_word_is(doc, ks - 1, the) && !ns_doc_word_is(doc, klast + 1, of_pod)) {
                ks--;
                s = doc->toks.v[ks].start;
            }
            /* "power cuts could last days": the verb after a modal, not
             * "the last days" */
            static const char *const last_w[] = {"last", NULL};
            /* (and "will begin at midnight and last 24 hours": a count
             * between) */
            static const char *const modal_to[] = {"could", "may",  "might", "will", "would",
                                                   "can",   "must", "to",    "'ll",  "should",
                                                   "not",   "also", "still", "and",  NULL};
            if ((klast == ks + 1 || (klast == ks + 2 && (wc[ks + 1] & (C_ANYNUM | C_NUMW)))) &&
                p->type == NS_TT_DURATION && ns_doc_word_is(doc, ks, last_w) && ks > 0 &&
                ns_doc_word_is(doc, ks - 1, modal_to)) {
                ks++;
                s = doc->toks.v[ks].start;
            }
            /* the tense is read from before a hedge left outside the span:
             * "could be declared free as early as Monday" */
            size_t kt = pre && k < ks ? k : ks;
            if (!p->tense)
                p->tense = (signed char)own_tense(doc, p, kt, ks, klast);
            /* (a date that writes its year needs no tense to be placed) */
            int placed = p->kind == NS_TX_CAL && p->year && p->ydigits == 4 && !p->weekday &&
                         p->hour < 0 && !p->pod;
            /* ("that night": the normaliser asks whether it is a past
             * sentence's, which may point to an older day than the story's) */
            static const char *const that[] = {"that", NULL};
            if (!p->tense && !placed &&
                (p->weekday || (p->month && !p->year) || p->kind == NS_TX_CAL ||
                 p->unit == NS_TU_WEEKEND || (p->holiday && !p->year) || (p->season && !p->year) ||
                 p->overnight || (p->kind == NS_TX_ANAPHOR && ns_doc_word_is(doc, ks, that))))
                p->tense = (signed char)sentence_tense(wc, doc, kt, klast + 1);
            if (p->tense > 0 && reported_quarter(doc, p, klast))
                p->tense = 0;
            oclock_half(doc, k, klast, p);
            /* not "their wettest start to the year" */
            static const char *const start_of[] = {"start", "beginning", NULL};
            /* "We finished the year with record revenue", "by the end of the
             * year", said in January or February in the past: the year just
             * ended */
            if (NAME_IS(dp->name, "theunit") && p->kind == NS_TX_REL && p->unit == NS_TU_YEAR &&
                p->offset == 0 && !p->fiscal && doc->ref_month >= 1 && doc->ref_month <= 2 &&
                ns_doc_word_is(doc, kk, the) && !ns_doc_word_is(doc, kk + 1, new_) &&
                !(kk >= 2 && ns_doc_word_is(doc, kk - 2, start_of)) && !so_far(doc, klast + 1) &&
                !forecast_before(doc, kk) &&
                (p->tense ? p->tense : sentence_tense(wc, doc, kt, klast + 1)) < 0)
                p->offset = -1;
            /* "Emissions rose in the final quarter of the year", said in
             * February: a quarter not yet begun is no past one, so the
             * year is the one just ended */
            /* (not a half: "urged a campaign for the second half of the
             * year" plans one) */
            if (p->quarter && p->has_yrel && p->yrel == 0 && !p->year && klast > 0 &&
                ns_doc_word_is(doc, klast - 1, the) && 3 * p->quarter - 2 > doc->ref_month &&
                (p->tense ? p->tense : sentence_tense(wc, doc, kt, klast + 1)) < 0)
                p->yrel = -1;
            /* "the Sept. 11 attacks": the day of 2001 */
            static const char *const attacks[] = {"attacks", "attack", "hijackings", NULL};
            if (p->month == 9 && p->day == 11 && !p->year && !p->day2 &&
                ns_doc_word_is(doc, klast + 1, attacks)) {
                p->year = 2001;
                p->ydigits = 4;
            }
            /* "better than the first quarter ended May 4": gone by */
            static const char *const ended_[] = {"ended", NULL};
            if (p->quarter && !p->year && ns_doc_word_is(doc, klast + 1, ended_))
                p->tense = -1;
            static const char *const around[] = {"before", "after",   "following",
                                                 "since",  "leading", NULL};
            if (p->kind == NS_TX_DURATION && p->count < 0 && klast == ks && ks > 0 &&
                ns_doc_word_is(doc, ks - 1, the) && ns_doc_word_is(doc, klast + 1, around)) {
                /* "in the weeks before the vote": a period placed by an
                 * event, a date in TimeML; its side is the sentence's */
                p->kind = NS_TX_REFWORD;
                p->type = NS_TT_DATE;
                p->offset =
                    sentence_tense(wc, doc, ks, klast + 1) > 0 ? NS_REF_FUTURE : NS_REF_PAST;
            }
            memset(e, 0, sizeof *e);
            e->byte_start = (uint32_t)s;
            e->byte_end = (uint32_t)end;
            e->tok_start = (uint32_t)ks;
            e->tok_end = (uint32_t)(klast + 1);
            e->label = NEWSENT_LABEL_DATE;
            e->type = type_name(p);
            /* "the last day of" names the day, which the normaliser writes */
            e->mod = p->mod && (strcmp(p->mod, NS_MOD_FIRST_DAY) == 0 ||
                                strcmp(p->mod, NS_MOD_LAST_DAY) == 0)
                         ? NULL
                         : p->mod;
            e->unit = p->tz;
            e->confidence = dp->family == NS_DF_CAL || dp->family == NS_DF_NUMERIC ? 0.95f : 0.85f;
            return 1;
        }
    }
    return 0;
}

/* Whether the expression ending before token k names an event by its day
 * ("after Thursday's draw handed the German a kind path"): the event's own
 * clause, not the sentence's last tense, says when. */
static int possessive_event(const uint32_t *wc, const ns_doc *doc, size_t k)
{
    if (!(ns_doc_word_is(doc, k, possessive) ||
          (k < doc->toks.n && doc->toks.v[k].kind == NS_TOK_CLITIC)))
        return 0;
    /* the event's verb follows its noun: "Thursday's draw handed" */
    for (size_t j = k + 2; j < doc->toks.n && j <= k + 4; j++) {
        if (doc->toks.v[j].kind != NS_TOK_WORD)
            return 0;
        if ((wc[j] & C_PAST) || ends_in_ed(doc, j))
            return 1;
    }
    return 0;
}

/* Whether a verb of the other tense stands between tokens k0 and k1: "will
 * meet X in next Saturday's final after a header sealed a win on Sunday"
 * (the past of "sealed"), "won on Saturday and will play on Sunday". */
static int verb_against(const uint32_t *wc, const ns_doc *doc, size_t k0, size_t k1, int tense)
{
    /* ("the Bobcats can win it outright at home Tuesday" after "Saturday's
     * win": a modal of what may come) */
    static const char *const modal[] = {"will", "'ll",   "shall", "can",
                                        "may",  "might", "must",  NULL};
    /* "set for 7 p.m. Tuesday, followed by Halifax West at 2 p.m.
     * Wednesday": a list's participle, no past */
    static const char *const followed[] = {"followed", "preceded", NULL};
    static const char *const by[] = {"by", NULL};
    for (size_t k = k0; k < k1 && k < doc->toks.n; k++) {
        if (tense > 0 && ns_doc_word_is(doc, k, followed) && ns_doc_word_is(doc, k + 1, by))
            continue;
        if (tense > 0 ? past_word(wc, doc, k) : ns_doc_word_is(doc, k, modal))
            return 1;
    }
    return 0;
}

/* Whether tokens [k0, k1) hold an infinitive ("agreed on Sunday to raise
 * output from April": the plan looks ahead of the verb's past), or are too
 * many to tell. */
static int infinitive_between(const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const to[] = {"to", NULL};
    static const char *const dets[] = {"the",  "a",    "an",   "its",   "their",  "his", "her",
                                       "this", "that", "some", "about", "around", NULL};
    if (k1 > k0 + 40)
        return 1;
    for (size_t k = k0; k + 1 < k1; k++) {
        if (!ns_doc_word_is(doc, k, to) || doc->toks.v[k + 1].kind != NS_TOK_WORD)
            continue;
        char c = doc->text[doc->toks.v[k + 1].start];
        if (c >= 'a' && c <= 'z' && !ns_doc_word_is(doc, k + 1, dets))
            return 1;
    }
    return 0;
}

/* "strike on 20 and 21 March": in day-first order the first day of a pair
 * is a DATE of its own in the second one's month. Fills *e0 and returns 1
 * when a bare day and "and"/"or" come right before e's day, outside any
 * expression already found (before byte `from`). */
static int first_day(ns_doc *doc, const newsent_entity *e, const ns_timex_parse *p, size_t from,
                     newsent_entity *e0)
{
    static const char *const andor[] = {"and", "or", NULL};
    static const char *const the[] = {"the", NULL};
    size_t k = e->tok_start;
    if (k < 2 || !(doc->text[e->byte_start] >= '0' && doc->text[e->byte_start] <= '9') ||
        !ns_doc_word_is(doc, k - 1, andor))
        return 0;
    const ns_token *t = &doc->toks.v[k - 2];
    ns_number num;
    if (t->start < from || !ns_number_parse(doc->text + t->start, t->end - t->start, &num) ||
        num.int_digits > 2 || (num.flags & ~(unsigned)(NS_NUM_ORDINAL | NS_NUM_LEAD_ZERO)))
        return 0;
    int day = (int)num.value;
    if (day < 1 || day >= p->day)
        return 0;
    size_t ks = k - 2;
    if (ks > 0) {
        const ns_token *b = &doc->toks.v[ks - 1];
        if (b->kind == NS_TOK_NUMBER || b->kind == NS_TOK_SYMBOL ||
            (b->end == t->start && b->kind != NS_TOK_PUNCT))
            return 0; /* "$20 and 21 March", "1,20 and" */
        if (ns_doc_word_is(doc, ks - 1, the) && b->start >= from)
            ks--;
    }
    ns_timex_parse *q = ns_arena_alloc(&doc->arena, sizeof *q);
    *e0 = *e;
    e0->byte_start = (uint32_t)doc->toks.v[ks].start;
    e0->byte_end = (uint32_t)t->end;
    e0->tok_start = (uint32_t)ks;
    e0->tok_end = (uint32_t)(k - 1);
    e0->detail = q;
    if (q) {
        *q = *p;
        q->day = day;
        q->weekday = 0;
        q->mod = NULL;
    }
    return 1;
}

/* The last tense cue a date gave in its sentence. */
typedef struct tense_cue {
    uint32_t sent, end; /* its sentence, and the token after its date */
    int tense;          /* -1, 1; 0 none yet */
} tense_cue;

/* "eased to 47% in November from a peak of 75% in May": a date with no
 * tense cue of its own shares the last cue of its sentence, and a date
 * with one becomes the cue; *last is updated. */
static void share_tense(const uint32_t *wc, const ns_doc *doc, const newsent_entity *e,
                        ns_timex_parse *p, tense_cue *last)
{
    if (!(p->weekday || (p->month && !p->year) || p->kind == NS_TX_CAL ||
          p->unit == NS_TU_WEEKEND || (p->holiday && !p->year)))
        return;
    uint32_t sent = doc->toks.v[e->tok_start].sent;
    int same = last->tense && sent == last->sent;
    /* "a warning for Thursday and Friday": the second of a pair has the
     * first's tense, whatever lies further back; and so does each of a
     * list: "fire bans for Sunday, Monday and Tuesday" */
    static const char *const andor[] = {"and", "or", NULL};
    static const char *const comma[] = {",", NULL};
    if (same && last->end + 1 == e->tok_start &&
        (ns_doc_word_is(doc, last->end, andor) ||
         (p->weekday && ns_doc_word_is(doc, last->end, comma) &&
          (ns_doc_word_is(doc, e->tok_end, andor) || ns_doc_word_is(doc, e->tok_end, comma)))))
        p->tense = (signed char)last->tense;
    static const char *const deadline[] = {"until", "till", "by", "before", NULL};
    /* (a past is not carried over "through" either; a future is: "starting
     * in late April and running through September") */
    if (!p->tense && same && !infinitive_between(doc, last->end, e->tok_start) &&
        !verb_against(wc, doc, last->end, e->tok_start, last->tense) &&
        !possessive_event(wc, doc, e->tok_end) &&
        !(e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, deadline)) &&
        !(last->tense < 0 && through_end(wc, doc, e->tok_start, e->tok_end)))
        p->tense = (signed char)last->tense;
    if (p->tense) {
        last->sent = sent;
        last->tense = p->tense < 0 ? -1 : 1;
        last->end = e->tok_end;
    }
}

/* "visit on September 3 and 4": the second day of a pair is a DATE of its
 * own in the first one's month, as TimeML marks it (a range needs "between"
 * or a dash). Fills *e2 and returns 1 when a bare day follows e's day. */
static int second_day(ns_doc *doc, const newsent_entity *e, const ns_timex_parse *p,
                      newsent_entity *e2)
{
    static const char *const andor[] = {"and", "or", NULL};
    /* the words a date goes on to: "on Nov. 6 and 7 will go on sale" */
    static const char *const then[] = {
        "in",    "at",  "to",    "for",    "with", "when",         "as",   "and",    "or",  "but",
        "while", "the", "after", "before", "from", "respectively", "will", "would",  "are", "were",
        "is",    "was", "have",  "has",    "had",  "could",        "can",  "should", NULL};
    size_t j = e->tok_end; /* one past the day */
    if (j + 1 >= doc->toks.n || !ns_doc_word_is(doc, j, andor))
        return 0;
    const ns_token *t = &doc->toks.v[j + 1];
    ns_number num; /* 4, 4th: a day's number and nothing more */
    if (!ns_number_parse(doc->text + t->start, t->end - t->start, &num) || num.int_digits > 2 ||
        (num.flags & ~(unsigned)(NS_NUM_ORDINAL | NS_NUM_LEAD_ZERO)))
        return 0;
    int day = (int)num.value;
    if (day < 1 || day > 31 || day <= p->day)
        return 0;
    const ns_token *after = j + 2 < doc->toks.n ? &doc->toks.v[j + 2] : NULL;
    if (after && after->kind == NS_TOK_WORD && !ns_doc_word_is(doc, j + 2, then))
        return 0; /* "March 3 and 4 people": a count */
    if (after && after->kind == NS_TOK_NUMBER)
        return 0;
    ns_timex_parse *q = ns_arena_alloc(&doc->arena, sizeof *q);
    *e2 = *e;
    e2->byte_start = (uint32_t)t->start;
    e2->byte_end = (uint32_t)t->end;
    e2->tok_start = (uint32_t)(j + 1);
    e2->tok_end = (uint32_t)(j + 2);
    e2->detail = q;
    if (q) {
        *q = *p;
        q->day = day;
        q->mod = NULL;
    }
    return 1;
}

/* "every Tuesday and Thursday", "next Wednesday and Thursday": a bare
 * weekday joined by "and" or "or" to a weekday with "every", "each",
 * "next" or "last" is of that set or that week too. Rewrites *p and e's
 * type when so. */
static void weekday_pair(const ns_doc *doc, const ns_timex_parse *prev, size_t prev_end,
                         newsent_entity *e, ns_timex_parse *p)
{
    static const char *const andor[] = {"and", "or", NULL};
    if (!prev || !prev->weekday || !p->weekday || p->month || p->day || p->year || p->hour >= 0 ||
        p->mod || p->kind == NS_TX_SET || prev_end + 1 != e->tok_start ||
        !ns_doc_word_is(doc, prev_end, andor) || e->tok_end - e->tok_start != 1)
        return;
    if (prev->kind != NS_TX_SET && !(prev->kind == NS_TX_REL && prev->offset != 0))
        return;
    int weekday = p->weekday;
    *p = *prev;
    p->weekday = weekday;
    p->pod = NS_POD_NONE;
    p->mod = NULL;
    e->type = type_name(p);
}

static int find_dates(const ns_dates *d, ns_doc *doc)
{
    /* The patterns are ASCII and compiled in byte mode, so invalid UTF-8 in
     * the subject is harmless to PCRE2. */
    pcre2_match_data *md = ns_regex_match_data(&d->env, d->prefix); /* only [0,1] is read */
    /* every token's word classes, looked up once */
    uint32_t *wc = ns_malloc(doc->mem, 3 * doc->toks.n * sizeof *wc);
    if (!md || !wc) {
        pcre2_match_data_free(md);
        ns_free(doc->mem, wc);
        return NEWSENT_ENOMEM;
    }
    uint32_t *hc = wc + doc->toks.n;
    /* the tokens that may start an expression, in order: most start
     * nothing, and the loop below visits only these */
    uint32_t *starts = hc + doc->toks.n;
    size_t nstart = 0;
    /* (locals: a store to wc[] may alias a token's or the doc's uint32_t
     * fields, which the compiler would otherwise read again per token) */
    const ns_token *toks = doc->toks.v;
    const size_t ntok = doc->toks.n;
    const char *text = doc->text;
    const int blog = (doc->flags & NS_DOC_BLOG_HEADS) != 0;
    for (size_t k = 0; k < ntok; k++) {
        const ns_token *t = &toks[k];
        uint32_t c = word_classes(d, doc, t);
        hc[k] = (t->flags & NS_TF_HAS_HYPHEN) ? hyphen_part_classes(d, doc, t) : 0;
        char f = (char)(text[t->start] | 0x20);
        /* "1100 local time": "local" is a time zone after a four-digit time */
        if (f == 'l' && k > 0 && toks[k - 1].end - toks[k - 1].start == 4 &&
            (wc[k - 1] & C_ANYNUM) && local_time(doc, k))
            c |= C_CLOCK;
        /* "1647: Crews arrive": a live blog's head (mark_blog_stamps) */
        if (blog && t->end < doc->len && text[t->end] == '\x1e')
            c |= C_NCLK;
        /* "at 2200 hours": the pattern tells the clock from a count */
        if (f == 'h' && military_hours(wc, doc, k))
            c |= C_CLOCK;
        /* "half past nine", "eleven at night": the spoken clock's words,
         * among the number words and units only */
        if ((c & (C_NUMW | C_UNIT)) && spoken_clock(doc, k))
            c |= C_CLOCK;
        wc[k] = c;
        if (c & (C_STARTS | C_JOIN))
            starts[nstart++] = (uint32_t)k;
    }
    int status = NEWSENT_OK;
    size_t skip_until = 0;
    tense_cue last = {0, 0, 0};
    const ns_timex_parse *prev = NULL; /* the last expression found */
    size_t prev_end = 0;
    for (size_t i = 0; i < nstart; i++) {
        size_t k = starts[i];
        const ns_token *t = &doc->toks.v[k];
        if (t->start < skip_until)
            continue;
        unsigned cls = candidate_classes(wc, doc, k);
        if (!cls)
            continue;
        newsent_entity e;
        ns_timex_parse p;
        int found = best_at(d, wc, hc, md, doc, k, cls, &e, &p, &status);
        if (status != NEWSENT_OK)
            break;
        if (found < 0)
            skip_until = e.byte_end;
        if (found <= 0)
            continue;
        weekday_pair(doc, prev, prev_end, &e, &p);
        share_tense(wc, doc, &e, &p, &last);
        ns_timex_parse *copy = ns_arena_alloc(&doc->arena, sizeof *copy);
        if (!copy) {
            status = NEWSENT_ENOMEM;
            break;
        }
        *copy = p;
        e.detail = copy;
        prev = copy;
        prev_end = e.tok_end;
        newsent_entity e0;
        if (p.month && p.day && !p.day2 && p.hour < 0 &&
            first_day(doc, &e, copy, skip_until, &e0) &&
            (!e0.detail || !ns_doc_add_entity(doc, &e0))) {
            status = doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
            break;
        }
        if (!ns_doc_add_entity(doc, &e)) {
            status = doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
            break;
        }
        skip_until = e.byte_end;
        newsent_entity e2;
        if (p.month && p.day && !p.day2 && p.hour < 0 && second_day(doc, &e, copy, &e2)) {
            if (!e2.detail || !ns_doc_add_entity(doc, &e2)) {
                status = doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
                break;
            }
            skip_until = e2.byte_end;
        }
    }
    pcre2_match_data_free(md);
    ns_free(doc->mem, wc);
    return status;
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* Reads a slashed date "d/d/dd" or "d/d/dddd" at t[i] (not inside a longer
 * number or slashed run); 1 and the three numbers if one is there. */
static int slashed_at(const char *t, size_t len, size_t i, char sep, int v[3])
{
    if (i > 0 && (is_digit((unsigned char)t[i - 1]) || t[i - 1] == sep))
        return 0;
    for (int f = 0; f < 3; f++) {
        int n = 0, x = 0;
        while (i < len && is_digit((unsigned char)t[i]) && n < 5) {
            x = x * 10 + (t[i++] - '0');
            n++;
        }
        /* (dashed only as dd-dd-dddd: "12-10" is a score, "555-12-2024" a
         * phone number) */
        if (n == 0 || (f < 2 && (n > 2 || i >= len || t[i] != sep)) ||
            (f == 2 && (n != 2 && n != 4)) || (sep == '-' && (n != 2 + 2 * (f == 2))))
            return 0;
        v[f] = x;
        if (f < 2)
            i++;
    }
    return i >= len || (!is_digit((unsigned char)t[i]) && t[i] != sep);
}

/* Whether the document's own slashed (or dashed, dd-dd-dddd) dates are day
 * first, when the caller did not say: some "25/03/2019" and no "03/25/2019", or else a first
 * ambiguous one ("05/06/2019", a web page's stamp) that is the reference
 * date, or a day or two before it, only when read day first. British and
 * European sites stamp their pages so, and a wrong month there moves every
 * "Tuesday" the page resolves against nothing. */
static int infer_day_first(const ns_doc *doc)
{
    const char *t = doc->text;
    int day_first = 0, month_first = 0, stamp = 0, v[3];
    for (int pass = 0; pass < 2; pass++) {
        char sep = pass ? '-' : '/';
        for (const char *q = memchr(t, sep, doc->len); q;
             q = memchr(q + 1, sep, doc->len - (size_t)(q + 1 - t))) {
            size_t i = (size_t)(q - t);
            size_t b = i;
            while (b > 0 && i - b < 2 && is_digit((unsigned char)t[b - 1]))
                b--;
            if (b == i || !slashed_at(t, doc->len, b, sep, v))
                continue;
            if (v[0] > 12 && v[0] <= 31 && v[1] >= 1 && v[1] <= 12)
                day_first++;
            else if (v[1] > 12 && v[1] <= 31 && v[0] >= 1 && v[0] <= 12)
                month_first++;
            else if (stamp == 0 && v[0] != v[1] && v[0] >= 1 && v[1] >= 1 && v[0] <= 12 &&
                     v[1] <= 12 && doc->ref_year > 0) {
                int y = v[2] < 100 ? 2000 + v[2] : v[2];
                int64_t ref = ns_cal_to_days((ns_ymd){doc->ref_year, doc->ref_month, doc->ref_day});
                int64_t dm = ref - ns_cal_to_days((ns_ymd){y, v[1], v[0]});
                int64_t md = ref - ns_cal_to_days((ns_ymd){y, v[0], v[1]});
                stamp = dm >= 0 && dm <= 2 && !(md >= 0 && md <= 2) ? 1 : -1;
            }
            q = t + b + 5; /* past "d/d/": the year's slash is no new date */
        }
    }
    if (day_first || month_first)
        return day_first > 0 && month_first == 0;
    return stamp == 1;
}

/* The four-digit head a line starting at `at` opens with, before a colon:
 * "1647:", not "1647:30"; its digits read as a number (1647), or -1. *head
 * is where the digits start, past any blanks. */
static int blog_head_at(const char *t, size_t len, size_t at, size_t *head)
{
    while (at < len && (t[at] == ' ' || t[at] == '\t'))
        at++;
    *head = at;
    if (at + 5 > len || t[at + 4] != ':' || (at + 5 < len && is_digit((unsigned char)t[at + 5])))
        return -1;
    int v = 0;
    for (size_t i = at; i < at + 4; i++) {
        if (!is_digit((unsigned char)t[i]))
            return -1;
        v = v * 10 + (t[i] - '0');
    }
    return (at == 0 || !is_digit((unsigned char)t[at - 1])) ? v : -1;
}

/* A live blog's entries may open with a four-digit clock and a colon
 * ("1647: That is the end of our live coverage", as the BBC's pages had
 * them). A year opens a timeline's entries the same way ("1994: The mill
 * closes"), so the colons of such heads become the byte \x1e in the view,
 * which the clock pattern looks for, only when three heads or more are
 * all clock times and one of them is written with a leading zero or they
 * run backwards, newest first, as a blog's do and a timeline's do not.
 * Reads the text's lines (a memchr per line, not a look at every token);
 * returns whether it marked any. */
static int mark_blog_stamps(const ns_doc *doc, char *view)
{
    const char *t = doc->text;
    size_t len = doc->len;
    int n = 0, zero = 0, down = 1, last = 10000;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t at = 0; at < len;) {
            size_t c;
            int v = blog_head_at(t, len, at, &c);
            if (v >= 0 && pass == 1) {
                view[c + 4] = '\x1e';
            } else if (v >= 0) {
                if (v / 100 > 23 || v % 100 > 59)
                    return 0; /* a timeline's years: "1994: The mill closes" */
                n++;
                zero |= t[c] == '0';
                down &= v < last;
                last = v;
            }
            const char *nl = memchr(t + at, '\n', len - at);
            if (!nl)
                break;
            at = (size_t)(nl - t) + 1;
        }
        if (n < 3 || !(zero || down))
            return 0;
    }
    return 1;
}

/* Whether the text is written in lower case: no capital but a sentence's
 * first letter and "I" ("i'll be out on friday", a chat's or a lower-cased
 * transcript's way). News capitalises weekdays and months, and the stage
 * reads them only so ("a good friday lunch"), except in such a text. */
static int lower_case_text(const ns_doc *doc)
{
    size_t words = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        const ns_token *t = &doc->toks.v[k];
        if (t->kind != NS_TOK_WORD)
            continue;
        words++;
        if ((t->flags & NS_TF_UPPER_INITIAL) && !(t->flags & NS_TF_SENT_START) &&
            !(t->end - t->start == 1 && doc->text[t->start] == 'I'))
            return 0;
    }
    return words >= 3;
}

/* The patterns write white space as \s, which is ASCII only, but the text
 * policy counts every Unicode space, NUL and control as white space, and
 * "March\u00a04" (a no-break space from HTML) is common in scraped news. The
 * stage therefore reads a view of the text in which every gap between tokens
 * (all white space, by the tokenizer's contract) is ASCII spaces of the same
 * byte length: offsets do not move and the patterns stay ASCII. */
int ns_dates_find(const ns_dates *d, ns_doc *doc)
{
    if (!(doc->labels & NEWSENT_LABEL_DATE) || doc->toks.n == 0)
        return NEWSENT_OK;
    char *view = ns_malloc(doc->mem, doc->len);
    if (!view)
        return NEWSENT_ENOMEM;
    memcpy(view, doc->text, doc->len);
    size_t prev = 0;
    /* (locals: a store to view[] may alias anything, and the compiler
     * would read the doc's and the token's fields again after each) */
    const ns_token *toks = doc->toks.v;
    const size_t ntok = doc->toks.n;
    for (size_t k = 0; k < ntok; k++) {
        const ns_token *t = &toks[k];
        size_t start = t->start, end = t->end;
        unsigned tf = t->flags;
        /* most gaps are one space already: a byte test is cheaper than
         * a call per token. A line break stays one, for the few patterns
         * that keep to a line: a page's date and the clock on the line
         * below it are two stamps ("Mar 10, 2026\n12:40 pm"). */
        char gap = (tf & NS_TF_NEWLINE_BEFORE) ? '\n' : ' ';
        if (start == prev + 1) {
            view[prev] = gap;
        } else if (start > prev) {
            memset(view + prev, ' ', start - prev);
            view[prev] = gap;
            /* a blank line ends every expression: "Monday, Oct. 28"
             * heading a police log is no clock time's day with "7:52 a.m."
             * below it. A byte no pattern's \s or word class takes keeps
             * them apart (a blank line is two bytes at least). */
            if (k > 0 && (tf & NS_TF_PARA_START))
                view[prev] = '\x1f';
        }
        prev = end;
    }
    if (doc->len > prev)
        memset(view + prev, ' ', doc->len - prev);
    const char *text = doc->text;
    unsigned flags = doc->flags;
    if (lower_case_text(doc))
        doc->flags |= NS_DOC_LOWER_CASE;
    if (mark_blog_stamps(doc, view))
        doc->flags |= NS_DOC_BLOG_HEADS;
    doc->text = view;
    int rc = find_dates(d, doc);
    doc->text = text;
    doc->flags = flags;
    ns_free(doc->mem, view);
    return rc;
}
