"""Step 4, privacy: nothing personal leaves the pipeline (A-2.1, Law 25 and its anonymization regulation).

Read in this order:

- :mod:`.anonymize` — ``anonymize_file``: the declared policy of each field, in batches (Parquet → Parquet);
  :mod:`.generalize` (per-cell rules, pseudonyms), :mod:`.kanonymity` (k-anonymity, l-diversity, small cells),
  :mod:`.after_scan` (every published column read again; fail closed);
- :mod:`.detect` — the detectors of personal information in cells (``scrub``, ``find_spans``,
  ``column_verdict``): :mod:`.recognizers` (structured identifiers) and :mod:`.ner` (person names:
  spaCy plus :mod:`.name_rules` and :mod:`.name_lexicons`), over :mod:`.distinct_values`.

Nothing is imported here: ``dqpub validate`` must not load pandas or the detectors through this package.
"""
