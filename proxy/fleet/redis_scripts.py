"""The Lua scripts of the Redis limiter: each runs atomically inside Redis (no other command of
any replica runs between its reads and its writes), with Redis's own clock (``TIME``) so every
replica counts in the same windows.

State per scope (``<p>`` is the prefix, ``<id>`` the scope's id):

- ``<p>:r:<id>`` and ``<p>:t:<id>``: requests and tokens per minute, a hash ``{w, c, p}`` — the
  index of the current fixed window, its count and the previous window's (``SlidingCounter`` of
  ``windows.py`` as three fields; expires two windows after its last write);
- ``<p>:c:<id>``: the concurrent slots, a sorted set of ticket ids scored by the end of their
  lease (renewed while the request runs; a replica that dies leaks its slots for one lease only).

``RESERVE`` mirrors ``MemoryLimiter.reserve``: read every limit of every scope, decide whether the
request fits them all (``SlidingCounter.wait(...) == 0``, the same arithmetic in IEEE doubles), and
only then count it everywhere. It returns the status (1 admitted, 0 refused), Redis's time as
seconds and microseconds, the window index, and per scope the counts it read — requests
(current, previous), tokens (current, previous), slots running; -1 where there is no limit — from
which Python derives the standings exactly as the in-process limiter does.
"""

from __future__ import annotations

#: Every key sovproxy writes starts with this; one hash tag, so a request's keys are in one slot
#: of a Redis Cluster.
PREFIX = "sovproxy:{limits}"

#: KEYS: per scope r, t, c. ARGV: lease_s, ticket id, then per scope rpm, tpm, concurrent, tokens
#: (-1: no such limit).
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = math.floor(now / 60)
local elapsed = now / 60 - window
local lease = tonumber(ARGV[1])
local out = {0, t[1], t[2], window}
local n = #KEYS / 3

local function rolled(key)
  local h = redis.call('HMGET', key, 'w', 'c', 'p')
  local w = tonumber(h[1])
  if w == window then return tonumber(h[2]) or 0, tonumber(h[3]) or 0 end
  if w == window - 1 then return 0, tonumber(h[2]) or 0 end
  return 0, 0
end

local function fits(cur, prev, cost, limit)
  if cost > limit then return false end
  local room = limit - cur - cost
  if room < 0 then return false end
  if prev <= room then return true end
  return (1 - room / prev - elapsed) * 60 <= 1e-6
end

local ok = true
for i = 0, n - 1 do
  local tokens = tonumber(ARGV[6 + i * 4])
  for d = 0, 1 do
    local limit = tonumber(ARGV[3 + i * 4 + d])
    if limit >= 0 then
      local cur, prev = rolled(KEYS[1 + i * 3 + d])
      out[#out + 1] = cur
      out[#out + 1] = prev
      if not fits(cur, prev, d == 0 and 1 or tokens, limit) then ok = false end
    else
      out[#out + 1] = -1
      out[#out + 1] = -1
    end
  end
  local slots = tonumber(ARGV[5 + i * 4])
  if slots >= 0 then
    local key = KEYS[3 + i * 3]
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
    local running = redis.call('ZCARD', key)
    out[#out + 1] = running
    if running >= slots then ok = false end
  else
    out[#out + 1] = -1
  end
end
if not ok then return out end

out[1] = 1
for i = 0, n - 1 do
  local tokens = tonumber(ARGV[6 + i * 4])
  for d = 0, 1 do
    local at = 5 + i * 5 + d * 2
    if out[at] >= 0 then
      local key = KEYS[1 + i * 3 + d]
      local cost = d == 0 and 1 or tokens
      redis.call('HSET', key, 'w', window, 'c', out[at] + cost, 'p', out[at + 1])
      redis.call('PEXPIRE', key, 120000)
    end
  end
  if tonumber(ARGV[5 + i * 4]) >= 0 then
    local key = KEYS[3 + i * 3]
    redis.call('ZADD', key, now + lease, ARGV[2])
    redis.call('PEXPIRE', key, math.ceil(lease * 1000))
  end
end
return out
"""

#: KEYS: the tokens hashes of the ticket's scopes. ARGV: the ticket's window, tokens to add
#: (negative: to take back). Adjusts the window the estimate was counted in while it still
#: weighs (``SlidingCounter.adjust``), never below 0.
RECONCILE = """
local w0 = tonumber(ARGV[1])
local delta = tonumber(ARGV[2])
for _, key in ipairs(KEYS) do
  local w = tonumber(redis.call('HGET', key, 'w'))
  local field = nil
  if w == w0 then field = 'c' elseif w == w0 + 1 then field = 'p' end
  if field then
    if redis.call('HINCRBY', key, field, delta) < 0 then redis.call('HSET', key, field, 0) end
  end
end
return 0
"""

#: KEYS: concurrent sets. ARGV: lease_s, then one ticket id per key. Extends live leases only
#: (a slot already released or expired is not brought back).
RENEW = """
local t = redis.call('TIME')
local until_ = tonumber(t[1]) + tonumber(t[2]) / 1000000 + tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, 'XX', until_, ARGV[i + 1])
  redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[1]) * 1000))
end
return 0
"""

#: KEYS: concurrent sets. ARGV: the ticket id.
RELEASE = """
for _, key in ipairs(KEYS) do redis.call('ZREM', key, ARGV[1]) end
return 0
"""

#: KEYS: the revocations set. ARGV: channel, seconds to keep, then sha256 digests. Records each
#: (scored by when it expires, on Redis's clock) and publishes it.
PUBLISH_REVOKED = """
local t = redis.call('TIME')
local until_ = tonumber(t[1]) + tonumber(ARGV[2])
for i = 3, #ARGV do
  redis.call('ZADD', KEYS[1], until_, ARGV[i])
  redis.call('PUBLISH', ARGV[1], ARGV[i])
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 0
"""

#: KEYS: the revocations set. Drops the expired entries, returns the others.
PULL_REVOKED = """
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGEBYSCORE', KEYS[1], now, '+inf')
"""
