namespace Analytics.Api.Metrics.Storage;

/// <summary>
/// Applies one write atomically: for each type, its rollups, raw points, latest point and list of
/// received metrics; then, when a key for it is given, the list of all received metrics. All arithmetic
/// (bucket starts, sketch bins, pre-aggregated sums) is done by the API (<see cref="IngestPlan"/> lays
/// out the arguments); the script only adds and compares, so it behaves the same on Redis' Lua 5.1 and
/// Garnet's Lua 5.4. Values travel as the API's round-trip strings, never through Lua's tostring (which
/// would round them). Each type's keys are built from its prefix in KEYS, which carries its hash tag.
/// </summary>
internal static class IngestScript
{
    public const string Source = """
        local unpack = table.unpack or unpack
        local recentCap = tonumber(ARGV[1])
        local levels = {'m', 'h', 'd'}

        -- One type's part of the arguments, from index i; returns where the next part starts, and
        -- where this type's received metrics and their count are.
        local function apply(p, i)
          local latestTs, latestValue = ARGV[i], ARGV[i + 1]
          local current = redis.call('HGET', p .. 'latest', 't')
          if not current or tonumber(latestTs) >= tonumber(current) then
            redis.call('HSET', p .. 'latest', 't', latestTs, 'v', latestValue)
          end
          -- A bucket or raw list is new when its count equals what this call added: only then does it
          -- get its expiry and index entry (both fixed by its start), and only then can the indexes
          -- hold buckets that ended before the retention window.
          local created = false
          i = i + 2
          local buckets = tonumber(ARGV[i]); i = i + 1
          for _ = 1, buckets do
            local level, start, expireAt, added = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
            local min, max, bins = ARGV[i + 5], ARGV[i + 6], tonumber(ARGV[i + 7])
            local key = p .. 'b:' .. level .. ':' .. start
            local count = redis.call('HINCRBY', key, 'c', added)
            redis.call('HINCRBYFLOAT', key, 's', ARGV[i + 4])
            local stored = redis.call('HMGET', key, 'mn', 'mx')
            if not stored[1] or tonumber(min) < tonumber(stored[1]) then redis.call('HSET', key, 'mn', min) end
            if not stored[2] or tonumber(max) > tonumber(stored[2]) then redis.call('HSET', key, 'mx', max) end
            i = i + 8
            for _ = 1, bins do
              redis.call('HINCRBY', key, ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            if count == tonumber(added) then
              redis.call('PEXPIREAT', key, expireAt)
              redis.call('ZADD', p .. 'i:' .. level, start, start)
              created = true
            end
          end
          if created then
            for l = 1, 3 do
              redis.call('ZREMRANGEBYSCORE', p .. 'i:' .. levels[l], '-inf', '(' .. ARGV[1 + l])
            end
          end
          local rawLists = tonumber(ARGV[i]); i = i + 1
          for _ = 1, rawLists do
            local start, expireAt, n = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
            local key = p .. 'raw:' .. start
            i = i + 3
            if redis.call('RPUSH', key, unpack(ARGV, i, i + n - 1)) == n then
              redis.call('PEXPIREAT', key, expireAt)
            end
            i = i + n
          end
          local recent = tonumber(ARGV[i]); i = i + 1
          redis.call('RPUSH', p .. 'recent', unpack(ARGV, i, i + recent - 1))
          redis.call('LTRIM', p .. 'recent', -recentCap, -1)
          return i + recent, i, recent
        end

        local types = tonumber(ARGV[5])
        local i, first, firstCount = 6, 0, 0
        for t = 1, types do
          local from, count
          i, from, count = apply(KEYS[t], i)
          if t == 1 then first, firstCount = from, count end
        end

        -- The list of all received metrics: its own entries, or (-1) the same as the only type's.
        local all = tonumber(ARGV[i]); i = i + 1
        if all == -1 then i, all = first, firstCount end
        if all > 0 then
          redis.call('RPUSH', KEYS[types + 1], unpack(ARGV, i, i + all - 1))
          redis.call('LTRIM', KEYS[types + 1], -recentCap, -1)
        end
        return types
        """;
}
