"""Data: people news names without a title, with the country or body they speak for.

Heads of state and government and the heads of a few international bodies, as of late
2025, by the names reports use for them ("Xi", "Xi Jinping"). A person a report introduces
with a title ("Treasury Secretary Scott Bessent") is learnt from the report itself; this
list is for the people reports name bare. Keep it short and current: a stale entry only
costs a missed affiliation, never a wrong date.
"""

from __future__ import annotations

# full name -> (country or body, the names reports use)
PEOPLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "Donald Trump": ("United States", ("Donald Trump", "Donald J. Trump", "Trump")),
    "Xi Jinping": ("China", ("Xi Jinping", "Xi")),
    "Vladimir Putin": ("Russia", ("Vladimir Putin", "Putin")),
    "Volodymyr Zelensky": (
        "Ukraine",
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"),
    ),
    "Narendra Modi": ("India", ("Narendra Modi", "Modi")),
    "Luiz Inacio Lula da Silva": ("Brazil", ("Luiz Inacio Lula da Silva", "Lula da Silva", "Lula")),
    "Sanae Takaichi": ("Japan", ("Sanae Takaichi", "Takaichi")),
    "Lee Jae-myung": ("South Korea", ("Lee Jae-myung",)),
    "Keir Starmer": ("United Kingdom", ("Keir Starmer", "Starmer")),
    "Emmanuel Macron": ("France", ("Emmanuel Macron", "Macron")),
    "Friedrich Merz": ("Germany", ("Friedrich Merz", "Merz")),
    "Giorgia Meloni": ("Italy", ("Giorgia Meloni", "Meloni")),
    "Mark Carney": ("Canada", ("Mark Carney", "Carney")),
    "Claudia Sheinbaum": ("Mexico", ("Claudia Sheinbaum", "Sheinbaum")),
    "Recep Tayyip Erdogan": ("Turkey", ("Recep Tayyip Erdogan", "Erdogan")),
    "Benjamin Netanyahu": ("Israel", ("Benjamin Netanyahu", "Netanyahu")),
    "Anthony Albanese": ("Australia", ("Anthony Albanese", "Albanese")),
    "Prabowo Subianto": ("Indonesia", ("Prabowo Subianto", "Prabowo")),
    "Mohammed bin Salman": ("Saudi Arabia", ("Mohammed bin Salman",)),
    "Ursula von der Leyen": ("European Union", ("Ursula von der Leyen", "von der Leyen")),
}
