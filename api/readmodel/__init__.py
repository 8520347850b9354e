"""The REST read model: the store's property-graph reading, indexed and cached per store
version (`model`), and the subgraphs cut out of it for the graph view and `ikg viz`
(`subgraph`). Routes and the CLI call these; nothing here knows about HTTP."""
