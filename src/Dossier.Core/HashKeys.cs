namespace Dossier;

/// <summary>
/// 64-bit hashes that name a trained model's features without building strings: FNV-1a over
/// characters, and an order-sensitive mix of two hashes. Two different features share a key with
/// probability about n²/2⁶⁵, negligible for the few million features a model holds. Shipped models
/// store these keys, so changing either function invalidates them.
/// </summary>
public static class HashKeys
{
    public const ulong FnvOffset = 14695981039346656037;
    public const ulong FnvPrime = 1099511628211;

    /// <summary>FNV-1a over the characters as written.</summary>
    public static ulong Chars(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }

    /// <summary>Combines two hashes, order-sensitively (a SplitMix64 finaliser over a rotated mix); never zero.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var h = (a * 0x9E3779B97F4A7C15) ^ (b + 0x632BE59BD9B4E019 + (a << 6) + (a >> 2));
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9;
        h ^= h >> 27;
        h *= 0x94D049BB133111EB;
        h ^= h >> 31;
        return h == 0 ? 1 : h;
    }

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);
}
