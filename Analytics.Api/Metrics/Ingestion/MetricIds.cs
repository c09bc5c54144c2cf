using System.Security.Cryptography;

namespace Analytics.Api.Metrics.Ingestion;

/// <summary>
/// UUIDv7 ids (RFC 9562): the time received in milliseconds, then 74 random bits. Random bytes are
/// drawn from the OS a kilobyte at a time per thread, not once per id as <see cref="Guid.CreateVersion7()"/>
/// does: that system call was a measurable share of an ingest request.
/// </summary>
internal static class MetricIds
{
    private const int RandomBytesPerId = 10;
    private const int BufferBytes = 1020; // a multiple of RandomBytesPerId

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    public static string New(DateTimeOffset received)
    {
        var random = t_random;
        if (random is null || t_used == BufferBytes)
        {
            random = t_random ??= new byte[BufferBytes];
            RandomNumberGenerator.Fill(random);
            t_used = 0;
        }

        Span<byte> bytes = stackalloc byte[16];
        var ms = received.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        random.AsSpan(t_used, RandomBytesPerId).CopyTo(bytes[6..]);
        t_used += RandomBytesPerId;

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
