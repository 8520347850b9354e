"""Read articles, extract typed relations, resolve entities and write them to the store."""
