"""The SPARQL service behind `/sparql`: protocol helpers, the query guard, admission control
and the pool of worker processes that run queries with time and memory limits.

No web framework here: routes translate HTTP, and the query workers import these modules.
"""
