"""Session 14, INVESTS_IN recall at the relation stage (issue 11): cue families the census of
the read sets found missing, written as invented sentences (names in no list), both languages
where the language has the form.

- a rank before the holder noun after "the": "X is the largest shareholder of Y", "makes X the
  main investor in Y", "X, the biggest backer of Y," (the plain noun's frame blocks "the
  shareholders of Y"); kept out: the rank with no company after it, a plain "the shareholders";
- becoming a holder: "X devient / deviendra le premier actionnaire de Y", "X became the
  largest shareholder of Y" (a lone name before "devient" / "became" is a name);
- "faire de X le premier actionnaire de Y": X is the holder;
- a relative clause after a name whose last word "Group" the mention leaves out: "Dubai's
  Kandor Group, which holds a 25% stake in Y";
- a minority partner beside a takeover: "Y was bought by X with Z as a minority partner", "X a
  racheté Y avec Z comme actionnaire minoritaire"; kept out: "with Z as adviser";
- a round's investors that include the article's main company: the round is not that
  company's ("The round drew money from backers including A and B": no A -> B).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # --- a rank before the holder noun
    ("en", "Kandor is the largest shareholder of Velmora.", ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "The deal makes Kandor the largest shareholder of Velmora.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Kandor will become the largest shareholder of Velmora.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Kandor, the biggest investor in Velmora, declined to comment.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Quistor Capital remains the main shareholder in Brelmont Foods.",
     ("INVESTS_IN", "Quistor Capital", "Brelmont Foods")),
    ("en", "Velmora's largest shareholder, Kandor, backed the plan.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    # --- becoming a holder
    ("fr", "Kandor devient le premier actionnaire de Velmora.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Kandor deviendra l'actionnaire majoritaire de Velmora avec 52 % du capital.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Kandor became the largest shareholder of Velmora in 2024.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    # --- faire de X le premier actionnaire
    ("fr", "L'opération fait de Kandor le premier actionnaire de Velmora.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora a bouclé son augmentation de capital, une opération qui fait de l'État "
     "français le premier actionnaire de l'opérateur avec 29 % du capital.",
     ("INVESTS_IN", "État français", "Velmora")),
    # --- a name whose last word "Group" the mention leaves out
    ("en", "Dubai's Kandor Group, which holds a 25.1% stake in Velmora, is backing the expansion.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Le japonais Kandor Group, qui détient 25 % de Velmora, soutient l'expansion.",
     ("INVESTS_IN", "Kandor", "Velmora")),
]

FOUND += [
    ("en", "Velmora was bought by Kandor last year with Quistor as a minority partner.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Kandor bought Velmora with Quistor as a minority shareholder.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Kandor a racheté Velmora en 2024, avec Quistor comme actionnaire minoritaire.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora raised $100 million. The round also drew money from existing backers "
     "including Quistor and Brelmont.", ("INVESTS_IN", "Brelmont", "Velmora")),
]

ABSENT = [
    ("en", "Kandor is the largest shareholder in the region, and Velmora is its rival.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "The largest shareholders of Velmora approved the plan, Kandor said.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Kandor, a former majority shareholder of Velmora, declined to comment.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora fait de Kandor son principal fournisseur.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Kandor devient le premier fournisseur de Velmora.",
     ("INVESTS_IN", "Kandor", "Velmora")),
]

ABSENT += [
    ("en", "Kandor bought Velmora with Quistor as adviser.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Kandor bought Velmora with Quistor as a minority of the board.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "The round also drew money from existing backers including Quistor and Brelmont.",
     ("INVESTS_IN", "Brelmont", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
