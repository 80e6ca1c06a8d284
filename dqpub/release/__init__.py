"""Step 5, the release: what reusers download, decided and assembled from an anonymized table.

- :mod:`.version`: content fingerprint, semantic version, change log and the ``Release`` (``prepare``);
- :mod:`.outputs`: the CSV, typed Parquet, data dictionary and statistics (pure functions over Arrow);
- :mod:`.changes`: the row diff of the change log and the version's change file (rows added, removed, modified);
- :mod:`.geo`: the GeoJSON map of a dataset with coordinates;
- :mod:`.metadata`: portal metadata as Données Québec accepts it (its scheming schema).
"""
