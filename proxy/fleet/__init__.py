"""Running as a fleet (issue 16): principals and their keys, limits, and the state they share.

- ``schema``: what a key, a team, a tenant and their limits look like (``auth`` in
  ``sovproxy.yaml`` or a keys file; both validate the same models);
- ``principals``: the immutable ``KeyBook`` a request is checked against (org → tenant → team →
  key), and the key's own rules (expiry, revocation, allowed models and endpoints);
- ``keys_file``: the keys file, read once into bytes, validated, swapped as one reference;
- ``windows`` and ``limits``: the limiter interface (reserve / reconcile / release) and its
  in-process implementation;
- ``gate``: what the pipeline calls — estimate, reserve, refuse with a 429, settle afterwards;
- ``rate_headers``: the ``x-ratelimit-*`` and IETF ``RateLimit`` / ``RateLimit-Policy`` fields;
- ``redis_limiter``, ``redis_scripts``, ``redis_revocations``, ``redis_gate``: the same limits
  counted in Redis for a fleet (one Lua script per request), revocations published to every
  replica, and what a request gets when Redis does not answer.
"""
