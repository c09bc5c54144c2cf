namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// Reads, in one round trip, what a period needs: the type's latest point, the raw points of the
/// minute holding the cutoff, and the rollup hashes of the whole minutes, hours and days after it.
/// The bounds are computed by the API (<see cref="SummaryRanges"/>); an empty bound skips that part.
/// </summary>
internal static class SummaryScript
{
    public const string Source = """
        local p = KEYS[1]
        local latest = redis.call('HMGET', p .. 'latest', 't', 'v')
        local raw = {}
        if ARGV[1] ~= '' then raw = redis.call('LRANGE', p .. 'raw:' .. ARGV[1], 0, -1) end
        local buckets = {}
        local levels = {'m', 'h', 'd'}
        for l = 1, 3 do
          local from, to = ARGV[2 * l], ARGV[2 * l + 1]
          if from ~= '' then
            local starts = redis.call('ZRANGEBYSCORE', p .. 'i:' .. levels[l], from, to)
            for _, start in ipairs(starts) do
              buckets[#buckets + 1] = redis.call('HGETALL', p .. 'b:' .. levels[l] .. ':' .. start)
            end
          end
        end
        return { { latest[1] or '', latest[2] or '' }, raw, buckets }
        """;
}
