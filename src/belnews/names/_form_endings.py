"""The ending tables of :mod:`belnews.names.forms`: endings only an inflected form has
(``FIXED``, rule 1) and nominative endings the ending rules must not reinterpret
(``NOMINATIVE``).  Data, kept apart from the rules that read it."""

from __future__ import annotations

from typing import Final

__all__ = ["FEMININE_INSTRUMENTAL", "FIXED", "NOMINATIVE", "UKRAINIAN"]

# The instrumental endings of an a-stem (a woman's name, mostly) and the nominative they stand
# for, in the order tried: Аляксандрай, Марыяй, Наталлю; Russian -ьей of -ья (Натальей, Ильей).
FEMININE_INSTRUMENTAL: Final = (
    ("ай", "а"), ("аю", "а"), ("яй", "я"), ("яю", "я"), ("ьей", "ья"), ("ьёй", "ья"), ("ой", "а"),
    ("aj", "a"), ("aju", "a"),
)  # fmt: skip

# Ukrainian adjectival surnames (-ський/-цький/-зький, fem. -ська): a soft sign before к and
# the endings -ого -ому -им -ої, which no other language here writes so (Зеленського).
UKRAINIAN: Final = {
    "ського": "ський", "ському": "ський", "ським": "ський", "ськім": "ський", "ських": "ський",
    "цького": "цький", "цькому": "цький", "цьким": "цький", "цькім": "цький", "цьких": "цький",
    "зького": "зький", "зькому": "зький", "зьким": "зький", "зькім": "зький", "зьких": "зький",
    "ської": "ська", "ській": "ська", "ську": "ська", "ською": "ська",
    "цької": "цька", "цькій": "цька", "цьку": "цька", "цькою": "цька",
    "зької": "зька", "зькій": "зька", "зьку": "зька", "зькою": "зька",
}  # fmt: skip

# Endings only an inflected form has: (inflected, nominative), longest first at lookup.
FIXED: Final = {
    # Belarusian Cyrillic: adjectival surnames (fem. -ская, masc. -скі), -аў/-ін, -віч.
    "скай": "ская", "скую": "ская", "скаю": "ская", "цкай": "цкая", "цкую": "цкая", "цкаю": "цкая",
    "скага": "скі", "скаму": "скі", "скім": "скі", "цкага": "цкі", "цкаму": "цкі", "цкім": "цкі",
    "авым": "аў", "овым": "оў", "евым": "еў", "явым": "яў", "авай": "ава", "аваю": "ава",
    "овай": "ова", "евай": "ева", "аву": "ава", "ову": "ова", "еву": "ева",
    "эвым": "эў", "эвай": "эва", "эву": "эва",  # э: е after a hard consonant (Бабэва)
    "інай": "іна", "інаю": "іна", "ынай": "ына", "іным": "ін",
    "ыным": "ын", "віча": "віч", "вічу": "віч", "вічам": "віч", "вічы": "віч",
    "кага": "кі", "гага": "гі", "хага": "хі",
    # adjectival surnames of the -н- suffix (Навальны, Чорны): -нага -наму -ным -ную
    "нага": "ны", "наму": "ны", "ным": "ны", "ную": "ная",
    "скіх": "скі", "цкіх": "цкі",  # genitive plural: "Сьвятланы і Сяргея Ціханоўскіх"
    # Russian.
    "ской": "ская", "скою": "ская", "цкой": "цкая", "цкою": "цкая",
    "ского": "ский", "скому": "ский", "ским": "ский", "ском": "ский", "ских": "ский",
    "цкого": "цкий", "цкому": "цкий", "цким": "цкий", "цком": "цкий",
    "овой": "ова", "евой": "ева", "ёвой": "ёва", "иной": "ина", "ыной": "ына",
    "вича": "вич", "вичу": "вич", "вичем": "вич", "виче": "вич",
    "иным": "ин", "иному": "ин",
    "ного": "ный", "ному": "ный",  # Навального, Навальному (the -н- adjectives, as above)
    # Łacinka (and the same endings in ASCII-folded Łacinka).
    "skaj": "skaja", "skuju": "skaja", "skaju": "skaja", "ckaj": "ckaja", "ckuju": "ckaja",
    "skaha": "ski", "skamu": "ski", "skim": "ski", "ckaha": "cki", "ckamu": "cki", "ckim": "cki",
    "avym": "aŭ", "ovym": "oŭ", "avaj": "ava", "avaju": "ava", "avu": "ava",
    "inaj": "ina", "inym": "in",
    "viča": "vič", "viču": "vič", "vičam": "vič",
    "naha": "ny", "namu": "ny", "nym": "ny", "nuju": "naja",
    # Polish press forms (Cichanouskiej, Łukaszence is left alone).
    "skiej": "ska", "ską": "ska", "skiego": "ski", "skiemu": "ski",
    "ckiej": "cka", "cką": "cka", "ckiego": "cki", "ckiemu": "cki",
    "owej": "owa", "ową": "owa",
    # Lithuanian press forms (Cichanouskis, Beļackis; genitive Cichanouskajos).
    "skis": "ski", "ckis": "cki", "skajos": "skaja", "skajai": "skaja", "skają": "skaja",
    # Czech and Slovak press forms (Cichanouské, Bialiackého).
    "ské": "ská", "skou": "ská", "ského": "ský", "skému": "ský", "ském": "ský",
    "cké": "cká", "ckou": "cká", "ckého": "cký", "ckému": "cký", "ckém": "cký",
    **UKRAINIAN,
}  # fmt: skip

# Nominative endings that rule 2 must not reinterpret (Ціханоўскі is not a form of *Ціханоўска,
# Калеснікава is a woman's name before it is a genitive of Калеснікаў).
NOMINATIVE: Final = (
    "скі", "цкі", "ская", "цкая", "ский", "цкий", "ски", "ava", "ova", "ina", "ski", "cki",
    "sky", "skiy", "skij", "skii", "skaja", "skaya", "skaia", "ckaja", "ckaya", "ska", "cka",
    "ава", "ова", "ева", "ёва", "іна", "ина", "ына", "аў", "оў", "еў", "ёў", "ов", "ев", "ін", "ин",
    "eva", "yna", "эва", "эў",  # (э: the Belarusian е after a hard consonant, Бабэва)
    "ський", "цький", "зький", "ська", "цька", "зька",  # Ukrainian (Зеленський, Зеленська)
    "yy", "iy", "yj",  # a romanized -ый/-ий (Navalnyy; "-yi" is also Łacinka Maryi, of Maryja)
)  # fmt: skip
