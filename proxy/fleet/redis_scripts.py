"""The Lua scripts of the Redis limiter: each runs atomically inside Redis (no other command of
any replica runs between its reads and its writes), with Redis's own clock (``TIME``) so every
replica counts in the same windows.

State per scope (``<p>`` is the prefix, ``<id>`` the scope's id):

- ``<p>:r:<id>`` and ``<p>:t:<id>``: requests and tokens per minute, a hash ``{w, c, p}`` — the
  index of the current fixed window, its count and the previous window's (``SlidingCounter`` of
  ``windows.py`` as three fields; expires two windows after its last write);
- ``<p>:c:<id>``: the concurrent slots, a sorted set of ticket ids scored by the end of their
  lease (renewed while the request runs; a replica that dies leaks its slots for one lease only);
- ``<p>:b:<charge id>``: one budget (of a scope, or of a tier at a scope), a hash ``{w, c}`` —
  the number of its current day or month (``periods``) and what was spent in it (tokens or
  micro-euros); kept 2 days (a day budget) or 63 days (a month budget) from the first charge of
  its window (the window's counters outlive it, none lives on).

``RESERVE`` mirrors ``MemoryLimiter.reserve``: read every limit of every scope, decide whether the
request fits them all (``SlidingCounter.wait(...) == 0``, the same arithmetic in IEEE doubles), and
only then count it everywhere. It returns the status (1 admitted, 0 refused), Redis's time as
seconds and microseconds, the window index, and per scope the counts it read — requests
(current, previous), tokens (current, previous), slots running; -1 where there is no limit — then
the day and month numbers and what each budget charge has spent in its window, from which Python
derives the standings and the exhausted tiers exactly as the in-process limiter does. A budget of
a scope that cannot take the request refuses it; one of a tier only leaves that tier uncharged.
"""

from __future__ import annotations

#: Every key sovproxy writes starts with this; one hash tag, so a request's keys are in one slot
#: of a Redis Cluster.
PREFIX = "sovproxy:{limits}"

#: Lua: the month number (``year × 12 + month − 1``, as ``periods.window``) of a day number (days
#: since 1970-01-01): H. Hinnant's civil-from-days, in integers.
MONTH_OF = """
local function month_of(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524)
    - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y * 12 + m - 1
end
"""

#: KEYS: per scope r, t, c; then one budget hash per charge. ARGV: lease_s, ticket id, number of
#: scopes, then per scope rpm, tpm, concurrent, tokens (-1: no such limit); with budgets, then the
#: plan — per charge ``"<group> <period> <amount> <limit>;"``: group 0 for the scope's own budget
#: (which refuses), k > 0 for the k-th tier (which it only closes); period 0 day, 1 month; amount
#: the index of what it costs in the amounts that follow — tokens, cost, then each tier's cost
#: (the plan is the same for every request of a key to a model: few arguments to encode).
RESERVE = (
    MONTH_OF
    + """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = math.floor(now / 60)
local elapsed = now / 60 - window
local lease = tonumber(ARGV[1])
local n = tonumber(ARGV[3])
local out = {0, t[1], t[2], window}

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
  local tokens = tonumber(ARGV[7 + i * 4])
  for d = 0, 1 do
    local limit = tonumber(ARGV[4 + i * 4 + d])
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
  local slots = tonumber(ARGV[6 + i * 4])
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

local day = math.floor(tonumber(t[1]) / 86400)
local periods = {[0] = day, [1] = month_of(day)}
out[#out + 1] = day
out[#out + 1] = periods[1]
local closed = {}
local fresh = {}
local charges = {}
local m = #KEYS - 3 * n
if m > 0 then
  local amounts = {}
  for i = 5 + n * 4, #ARGV do amounts[#amounts + 1] = tonumber(ARGV[i]) end
  for g, p, k, l in string.gmatch(ARGV[4 + n * 4], '(%d+) (%d+) (%d+) (%d+);') do
    charges[#charges + 1] = {tonumber(g), tonumber(p), amounts[tonumber(k)], tonumber(l)}
  end
end
for j = 1, m do
  local c = charges[j]
  local h = redis.call('HMGET', KEYS[3 * n + j], 'w', 'c')
  local spent = 0
  if tonumber(h[1]) == periods[c[2]] then
    spent = tonumber(h[2]) or 0
  else
    fresh[j] = true
  end
  out[#out + 1] = spent
  if c[3] > 0 and spent + c[3] > c[4] then
    if c[1] == 0 then ok = false else closed[c[1]] = true end
  end
end
if not ok then return out end

out[1] = 1
for i = 0, n - 1 do
  local tokens = tonumber(ARGV[7 + i * 4])
  for d = 0, 1 do
    local at = 5 + i * 5 + d * 2
    if out[at] >= 0 then
      local key = KEYS[1 + i * 3 + d]
      local cost = d == 0 and 1 or tokens
      redis.call('HSET', key, 'w', window, 'c', out[at] + cost, 'p', out[at + 1])
      redis.call('PEXPIRE', key, 120000)
    end
  end
  if tonumber(ARGV[6 + i * 4]) >= 0 then
    local key = KEYS[3 + i * 3]
    redis.call('ZADD', key, now + lease, ARGV[2])
    redis.call('PEXPIRE', key, math.ceil(lease * 1000))
  end
end
for j = 1, m do
  local c = charges[j]
  if not closed[c[1]] and (c[3] > 0 or fresh[j]) then
    local key = KEYS[3 * n + j]
    if fresh[j] then  -- a new window: its number, and a lifetime past its end
      redis.call('HSET', key, 'w', periods[c[2]], 'c', c[3])
      redis.call('EXPIRE', key, c[2] == 0 and 2 * 86400 or 63 * 86400)
    else
      redis.call('HINCRBY', key, 'c', c[3])
    end
  end
end
return out
"""
)

#: KEYS: the tokens hashes of the ticket's scopes, then budget hashes. ARGV: the ticket's
#: window, tokens to add (negative: to take back), the number of tokens hashes, then per budget
#: hash the window it was charged in and what to add. Adjusts a window while it still weighs
#: (``SlidingCounter.adjust``; a budget: while it is the current one), never below 0.
RECONCILE = """
local w0 = tonumber(ARGV[1])
local delta = tonumber(ARGV[2])
local k = tonumber(ARGV[3])
for i = 1, k do
  local key = KEYS[i]
  local w = tonumber(redis.call('HGET', key, 'w'))
  local field = nil
  if w == w0 then field = 'c' elseif w == w0 + 1 then field = 'p' end
  if field then
    if redis.call('HINCRBY', key, field, delta) < 0 then redis.call('HSET', key, field, 0) end
  end
end
for j = k + 1, #KEYS do
  local a = 4 + (j - k - 1) * 2
  if tonumber(redis.call('HGET', KEYS[j], 'w')) == tonumber(ARGV[a]) then
    if redis.call('HINCRBY', KEYS[j], 'c', ARGV[a + 1]) < 0 then
      redis.call('HSET', KEYS[j], 'c', 0)
    end
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
