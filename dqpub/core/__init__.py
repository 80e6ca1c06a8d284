"""The core: the types and rules every other layer shares, and nothing else of the project.

Layers, each importing only from the ones above it in this list (``tests/test_architecture.py``
reads the imports and fails on an upward import or a cycle):

1. ``dqpub.core``: errors, settings, secrets, the Table Schema helpers, the typed configuration
   (inventory entry, ``dataset.yaml``), the release and the publisher protocol, HTTP status rules,
   the portal's field rules, the machine's registry of results and kept states (``registry``);
2. the steps (``dqpub.source``, ``table``, ``validation``, ``detect``/``ner``, ``anonymize``,
   ``outputs``, ``metadata``, ``version``, ``inventory``, ``report``, ``status``) and, beside them,
   the targets (``publishers/``, which import only the core);
3. ``dqpub.pipeline`` (one dataset through the steps) and the jobs built on it (``reevaluate``);
4. ``flows/`` (Prefect) and ``dqpub.cli``.
"""
