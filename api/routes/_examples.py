"""Example responses shown in the OpenAPI document: real answers of the API over seeds/
(`ikg ingest seeds/`), trimmed to one or two items. Regenerate after model changes."""

from typing import Any

ENTITY_PAGE: dict[str, Any] = {
    "items": [
        {
            "iri": "https://industry-kg.org/id/entity/nvidia",
            "id": "nvidia",
            "name": "Nvidia",
            "type": "Company",
            "aliases": ["NVIDIA"],
            "degree": 9,
            "score": 1.0,
        }
    ],
    "total": 1,
    "limit": 5,
    "offset": 0,
}

ENTITY_DETAIL: dict[str, Any] = {
    "iri": "https://industry-kg.org/id/entity/nvidia",
    "id": "nvidia",
    "name": "Nvidia",
    "type": "Company",
    "types": ["Company"],
    "aliases": ["NVIDIA"],
    "identifiers": {"ticker": "NVDA", "wikidata": "Q182477"},
    "degree": 9,
    "articles": 2,
}

RELATIONSHIP: dict[str, Any] = {
    "id": "nvidia|INVESTS_IN|openai",
    "source": "nvidia",
    "target": "openai",
    "type": "INVESTS_IN",
    "status": "planned",
    "statuses": ["planned", "hypothetical"],
    "claims": 3,
    "articles": 1,
    "first_reported": "2026-02-04",
    "last_reported": "2026-02-04",
    "asserted": True,
    "outlets": [],
    "source_iri": "https://industry-kg.org/id/entity/nvidia",
    "target_iri": "https://industry-kg.org/id/entity/openai",
    "predicate": "https://industry-kg.org/ontology#investsIn",
    "source_entity": {
        "iri": "https://industry-kg.org/id/entity/nvidia",
        "id": "nvidia",
        "name": "Nvidia",
        "type": "Company",
    },
    "target_entity": {
        "iri": "https://industry-kg.org/id/entity/openai",
        "id": "openai",
        "name": "OpenAI",
        "type": "Company",
    },
    "provenance": [
        {
            "claim": "https://industry-kg.org/id/claim/148627afa02fc96c",
            "status": "planned",
            "evidence": "Jensen Huang a assuré que Nvidia allait investir dans la "
            "prochaine levée de fonds d’OpenAI, qu’il a qualifiée de « plus "
            "grande levée de fonds privée jamais r...",
            "start": 1237,
            "end": 1404,
            "role": None,
            "amount": None,
            "article": {
                "iri": "https://industry-kg.org/id/article/0e131b6a014fc6ab",
                "id": "0e131b6a014fc6ab",
                "title": "Jensen Huang dément les rumeurs sur le deal "
                "Nvidia-OpenAI : « Pas de drama, tout est sur track »",
                "date": "2026-02-04",
                "publisher": None,
                "url": None,
            },
            "attributed_to": None,
        },
        {
            "claim": "https://industry-kg.org/id/claim/2c79c609d47ce374",
            "status": "hypothetical",
            "evidence": "Il a ajouté que Nvidia souhaitait participer à tout futur tour "
            "de financement d’OpenAI et s’intéressait à une éventuelle "
            "introduction en bourse de l’entreprise.",
            "start": 1605,
            "end": 1765,
            "role": None,
            "amount": None,
            "article": {
                "iri": "https://industry-kg.org/id/article/0e131b6a014fc6ab",
                "id": "0e131b6a014fc6ab",
                "title": "Jensen Huang dément les rumeurs sur le deal "
                "Nvidia-OpenAI : « Pas de drama, tout est sur track »",
                "date": "2026-02-04",
                "publisher": None,
                "url": None,
            },
            "attributed_to": None,
        },
    ],
    "direction": None,
}

RELATIONSHIP_LIST: dict[str, Any] = {
    "items": [
        {
            "id": "advanced-micro-devices|SUPPLIES|openai",
            "source": "advanced-micro-devices",
            "target": "openai",
            "type": "SUPPLIES",
            "status": "announced",
            "statuses": ["announced"],
            "claims": 1,
            "articles": 1,
            "first_reported": "2026-02-04",
            "last_reported": "2026-02-04",
            "asserted": True,
            "outlets": [],
            "source_iri": "https://industry-kg.org/id/entity/advanced-micro-devices",
            "target_iri": "https://industry-kg.org/id/entity/openai",
            "predicate": "https://industry-kg.org/ontology#supplies",
            "source_entity": {
                "iri": "https://industry-kg.org/id/entity/advanced-micro-devices",
                "id": "advanced-micro-devices",
                "name": "Advanced Micro Devices",
                "type": "Company",
            },
            "target_entity": {
                "iri": "https://industry-kg.org/id/entity/openai",
                "id": "openai",
                "name": "OpenAI",
                "type": "Company",
            },
            "provenance": [
                {
                    "claim": "https://industry-kg.org/id/claim/27381e79918f4ced",
                    "status": "announced",
                    "evidence": "En parallèle, OpenAI a noué des accords avec des "
                    "concurrents de Nvidia, notamment Advanced Micro "
                    "Devices, Broadcom et Cerebras.",
                    "start": 2190,
                    "end": 2317,
                    "role": None,
                    "amount": None,
                    "article": {
                        "iri": "https://industry-kg.org/id/article/0e131b6a014fc6ab",
                        "id": "0e131b6a014fc6ab",
                        "title": "Jensen Huang dément les rumeurs sur le deal "
                        "Nvidia-OpenAI : « Pas de drama, tout est sur "
                        "track »",
                        "date": "2026-02-04",
                        "publisher": None,
                        "url": None,
                    },
                    "attributed_to": None,
                }
            ],
            "direction": "in",
        }
    ],
    "total": 4,
    "limit": 200,
    "next_cursor": None,
}

RELATIONSHIP_PAGE: dict[str, Any] = {
    "items": [
        {
            "id": "antonio-filosa|EXECUTIVE_OF|stellantis",
            "source": "antonio-filosa",
            "target": "stellantis",
            "type": "EXECUTIVE_OF",
            "status": "reported",
            "statuses": ["reported"],
            "claims": 1,
            "articles": 1,
            "first_reported": "2025-10-06",
            "last_reported": "2025-10-06",
            "asserted": True,
            "outlets": ["Exemple Auto"],
            "source_iri": "https://industry-kg.org/id/entity/antonio-filosa",
            "target_iri": "https://industry-kg.org/id/entity/stellantis",
            "predicate": "https://industry-kg.org/ontology#executiveOf",
            "source_entity": {
                "iri": "https://industry-kg.org/id/entity/antonio-filosa",
                "id": "antonio-filosa",
                "name": "Antonio Filosa",
                "type": "Person",
            },
            "target_entity": {
                "iri": "https://industry-kg.org/id/entity/stellantis",
                "id": "stellantis",
                "name": "Stellantis",
                "type": "Company",
            },
            "provenance": [
                {
                    "claim": "https://industry-kg.org/id/claim/832f1d9522604c38",
                    "status": "reported",
                    "evidence": "Le groupe dirigé par Antonio Filosa prévoit "
                    "d'assembler des modèles Leapmotor dans son usine "
                    "espagnole de Saragosse à partir de 2026.",
                    "start": 155,
                    "end": 288,
                    "role": "CEO",
                    "amount": None,
                    "article": {
                        "iri": "https://industry-kg.org/id/article/68829c1cd5b47666",
                        "id": "68829c1cd5b47666",
                        "title": "Stellantis renforce son alliance avec Leapmotor en Europe",
                        "date": "2025-10-06",
                        "publisher": "Exemple Auto",
                        "url": None,
                    },
                    "attributed_to": None,
                }
            ],
            "direction": None,
        }
    ],
    "total": 10,
    "limit": 1,
    "offset": 0,
}

SUBGRAPH: dict[str, Any] = {
    "nodes": [
        {
            "iri": "https://industry-kg.org/id/entity/openai",
            "id": "openai",
            "name": "OpenAI",
            "type": "Company",
            "degree": 8,
        },
        {
            "iri": "https://industry-kg.org/id/entity/broadcom",
            "id": "broadcom",
            "name": "Broadcom",
            "type": "Company",
            "degree": 6,
        },
    ],
    "edges": [
        {
            "id": "broadcom|SUPPLIES|openai",
            "source": "broadcom",
            "target": "openai",
            "type": "SUPPLIES",
            "status": "announced",
            "statuses": ["announced"],
            "claims": 1,
            "articles": 1,
            "first_reported": "2026-02-04",
            "last_reported": "2026-02-04",
            "asserted": True,
            "outlets": [],
            "source_iri": "https://industry-kg.org/id/entity/broadcom",
            "target_iri": "https://industry-kg.org/id/entity/openai",
            "predicate": "https://industry-kg.org/ontology#supplies",
        }
    ],
}

EXPOSURE: dict[str, Any] = {
    "entity": {
        "iri": "https://industry-kg.org/id/entity/anthropic",
        "id": "anthropic",
        "name": "Anthropic",
        "type": "Company",
        "degree": 6,
    },
    "hops": 2,
    "items": [
        {
            "entity": {
                "iri": "https://industry-kg.org/id/entity/amazon",
                "id": "amazon",
                "name": "Amazon",
                "type": "Company",
                "degree": 2,
            },
            "hops": 1,
            "path": {
                "hops": 1,
                "nodes": [
                    {
                        "iri": "https://industry-kg.org/id/entity/amazon",
                        "id": "amazon",
                        "name": "Amazon",
                        "type": "Company",
                        "degree": 2,
                    }
                ],
                "edges": [
                    {
                        "id": "amazon|SUPPLIES|anthropic",
                        "source": "amazon",
                        "target": "anthropic",
                        "type": "SUPPLIES",
                        "status": "reported",
                        "statuses": ["reported"],
                        "claims": 1,
                        "articles": 1,
                        "first_reported": "2025-11-18",
                        "last_reported": "2025-11-18",
                        "asserted": True,
                        "outlets": ["Sample Wire"],
                        "source_iri": "https://industry-kg.org/id/entity/amazon",
                        "target_iri": "https://industry-kg.org/id/entity/anthropic",
                        "predicate": "https://industry-kg.org/ontology#supplies",
                    }
                ],
            },
        }
    ],
}

PATHS: dict[str, Any] = {
    "source": "microsoft",
    "target": "openai",
    "max_hops": 3,
    "paths": [
        {
            "hops": 1,
            "nodes": [
                {
                    "iri": "https://industry-kg.org/id/entity/microsoft",
                    "id": "microsoft",
                    "name": "Microsoft",
                    "type": "Company",
                    "degree": 7,
                },
                {
                    "iri": "https://industry-kg.org/id/entity/openai",
                    "id": "openai",
                    "name": "OpenAI",
                    "type": "Company",
                    "degree": 8,
                },
            ],
            "edges": [
                {
                    "id": "microsoft|COMPETES_WITH|openai",
                    "source": "microsoft",
                    "target": "openai",
                    "type": "COMPETES_WITH",
                    "status": "reported",
                    "statuses": ["reported"],
                    "claims": 1,
                    "articles": 1,
                    "first_reported": "2025-11-18",
                    "last_reported": "2025-11-18",
                    "asserted": True,
                    "outlets": ["Sample Wire"],
                    "source_iri": "https://industry-kg.org/id/entity/microsoft",
                    "target_iri": "https://industry-kg.org/id/entity/openai",
                    "predicate": "https://industry-kg.org/ontology#competesWith",
                }
            ],
        }
    ],
}

CENTRALITY: dict[str, Any] = {
    "measure": "pagerank",
    "items": [
        {
            "entity": {
                "iri": "https://industry-kg.org/id/entity/openai",
                "id": "openai",
                "name": "OpenAI",
                "type": "Company",
                "degree": 8,
            },
            "score": 0.081034,
        },
        {
            "entity": {
                "iri": "https://industry-kg.org/id/entity/stellantis",
                "id": "stellantis",
                "name": "Stellantis",
                "type": "Company",
                "degree": 6,
            },
            "score": 0.067589,
        },
    ],
}

ARTICLE_PAGE: dict[str, Any] = {
    "items": [
        {
            "iri": "https://industry-kg.org/id/article/0e131b6a014fc6ab",
            "id": "0e131b6a014fc6ab",
            "title": "Jensen Huang dément les rumeurs sur le deal Nvidia-OpenAI : « Pas de "
            "drama, tout est sur track »",
            "date": "2026-02-04",
            "publisher": None,
            "publisher_iri": None,
            "language": "fr",
            "url": None,
            "claim_count": 19,
        }
    ],
    "total": 6,
    "limit": 1,
    "offset": 0,
}

ARTICLE_DETAIL: dict[str, Any] = {
    "iri": "https://industry-kg.org/id/article/0e131b6a014fc6ab",
    "id": "0e131b6a014fc6ab",
    "title": "Jensen Huang dément les rumeurs sur le deal Nvidia-OpenAI : « Pas de drama, tout "
    "est sur track »",
    "date": "2026-02-04",
    "publisher": None,
    "publisher_iri": None,
    "language": "fr",
    "url": None,
    "claim_count": 19,
    "text": "Le PDG de Nvidia, Jensen Huang, a démenti mercredi les rumeurs de tensions avec "
    "OpenAI, affirmant que le projet de partenariat entre les deux entreprises res...",
    "entities": [
        {
            "iri": "https://industry-kg.org/id/entity/advanced-micro-devices",
            "id": "advanced-micro-devices",
            "name": "Advanced Micro Devices",
            "type": "Company",
        }
    ],
    "claims": [
        {
            "claim": "https://industry-kg.org/id/claim/38e50d657f92ec50",
            "type": "EXECUTIVE_OF",
            "edge": "jensen-huang|EXECUTIVE_OF|nvidia",
            "source": {
                "iri": "https://industry-kg.org/id/entity/jensen-huang",
                "id": "jensen-huang",
                "name": "Jensen Huang",
                "type": "Person",
            },
            "target": {
                "iri": "https://industry-kg.org/id/entity/nvidia",
                "id": "nvidia",
                "name": "Nvidia",
                "type": "Company",
            },
            "status": "reported",
            "asserted": True,
            "evidence": "Le PDG de Nvidia, Jensen Huang, a démenti mercredi les rumeurs de "
            "tensions avec OpenAI, affirmant que le projet de partenariat entre "
            "les deux entreprises res...",
            "start": 0,
            "end": 182,
            "role": "CEO",
            "amount": None,
            "attributed_to": None,
            "outlet": None,
        }
    ],
}

INGEST: dict[str, Any] = {
    "iri": "https://industry-kg.org/id/article/acdec4cf12a2c041",
    "id": "acdec4cf12a2c041",
    "changed": True,
    "file": "POST /articles",
    "language": "en",
    "title": "Nvidia to supply Mistral AI",
    "date": "2025-06-11",
    "publisher": "Example Wire",
    "entities": [
        {"id": "nvidia", "name": "Nvidia", "type": "Company", "aliases": ["NVIDIA"]},
        {"id": "mistral-ai", "name": "Mistral AI", "type": "Company", "aliases": ["Mistral"]},
    ],
    "relations": [
        {
            "type": "SUPPLIES",
            "source": "nvidia",
            "target": "mistral-ai",
            "evidence": "Nvidia will supply Mistral AI with 18,000 Grace Blackwell chips, "
            "the companies said on Wednesday.",
            "status": "planned",
            "start": 0,
            "end": 97,
            "date": "2025-06-11",
        }
    ],
    "not_asserted": [],
}

CYPHER: dict[str, Any] = {
    "columns": ["supplier", "status", "articles"],
    "rows": [
        {
            "supplier": "Advanced Micro Devices",
            "status": "announced",
            "articles": ["https://industry-kg.org/id/article/0e131b6a014fc6ab"],
        },
        {
            "supplier": "Nvidia",
            "status": "reported",
            "articles": ["https://industry-kg.org/id/article/0e131b6a014fc6ab"],
        },
    ],
    "truncated": False,
}
