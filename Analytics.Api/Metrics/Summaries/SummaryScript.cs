namespace Analytics.Api.Metrics.Summaries;

/// <summary>
/// Reads, in one round trip, what a period needs: the type's latest point, the raw points of the
/// minute holding the cutoff, and the rollups of the whole minutes, hours and days after it. Count,
/// sum, min and max come back per bucket as stored (the API adds them, exactly); the sketch bins of all
/// buckets are merged here (integer counts), so the reply holds a few hundred values, not every bin of
/// every bucket. A bucket without all four totals (no write leaves one so) is skipped whole. The bounds are computed by the API (<see cref="SummaryRanges"/>); an empty bound skips that part.
/// </summary>
internal static class SummaryScript
{
    public const string Source = """
        local p = KEYS[1]
        local latest = redis.call('HMGET', p .. 'latest', 't', 'v')
        local raw = {}
        if ARGV[1] ~= '' then raw = redis.call('LRANGE', p .. 'raw:' .. ARGV[1], 0, -1) end
        local totals, bins = {}, {}
        local levels = {'m', 'h', 'd'}
        for l = 1, 3 do
          local from, to = ARGV[2 * l], ARGV[2 * l + 1]
          if from ~= '' then
            local starts = redis.call('ZRANGEBYSCORE', p .. 'i:' .. levels[l], from, to)
            for _, start in ipairs(starts) do
              local key = p .. 'b:' .. levels[l] .. ':' .. start
              local t = redis.call('HMGET', key, 'c', 's', 'mn', 'mx')
              if t[1] and t[2] and t[3] and t[4] then
                local n = #totals
                totals[n + 1], totals[n + 2], totals[n + 3], totals[n + 4] = t[1], t[2], t[3], t[4]
                local hash = redis.call('HGETALL', key)
                for i = 1, #hash, 2 do
                  local field = hash[i]
                  if field ~= 'c' and field ~= 's' and field ~= 'mn' and field ~= 'mx' then
                    bins[field] = (bins[field] or 0) + tonumber(hash[i + 1])
                  end
                end
              end
            end
          end
        end
        local merged = {}
        for field, count in pairs(bins) do
          merged[#merged + 1] = field
          merged[#merged + 1] = count
        end
        return { { latest[1] or '', latest[2] or '' }, raw, totals, merged }
        """;
}
