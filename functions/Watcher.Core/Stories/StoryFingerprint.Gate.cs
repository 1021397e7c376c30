using System.Numerics;

namespace Watcher.Core.Stories;

/// <summary>Plumbing only (session 31, perf41): what <see cref="StoryMatcher.Score"/>'s first three checks read of a pair, copied
/// into a small value a story candidate carries, so that a lookup tells the pairs those checks answer 0 without reading the
/// candidate's fingerprint or signature. No scoring rule lives here.</summary>
public sealed partial record StoryFingerprint
{
    /// <summary>This fingerprint's <see cref="ScoreGate"/> (computed on each call: a candidate keeps its own).</summary>
    internal ScoreGate Gate => new(this);

    /// <summary>
    /// A fingerprint's link and headline key hashes, its home and lede masks (<see cref="HomesDifferByMasks"/>), and the low four
    /// bits of each of its first <see cref="Hashes"/>/2 signature hashes, sixteen to a number. <see cref="ProvesZero"/> says
    /// "0" only where <see cref="StoryMatcher.Score"/> returns 0 at its home check: no link and no headline key in common (their
    /// hashes differ, or one has none), the homes differ by the masks alone, and so many of the first half's hashes differ (a
    /// differing low nibble is a differing hash) that even equal second halves leave the similarity below
    /// <see cref="StoryMatcher.NearVerbatim"/> (<see cref="SimilarityBelow"/>'s own first test, read from fewer bits).
    /// </summary>
    /// <remarks>Kept beside the candidate, not in the fingerprint: session 18 (perf27) packed the nibbles into the fingerprint and
    /// the cache misses moved to the larger object's first read. Here the candidate, read first anyway, holds them, and a pair
    /// they settle never touches the fingerprint.</remarks>
    internal readonly struct ScoreGate
    {
        private readonly ulong _homeBits, _homeReach, _ledeBits;
        private readonly ulong _nibbles0, _nibbles1, _nibbles2, _nibbles3;
        private readonly int _titleKeyHash, _urlKeyHash;
        private readonly bool _titleKey, _urlKey, _nibbles;

        public ScoreGate(StoryFingerprint f)
        {
            (_homeBits, _homeReach, _ledeBits) = (f._homeBits, f._homeReach, f._ledeBits);
            (_titleKeyHash, _titleKey, _urlKeyHash, _urlKey) = (f._titleKeyHash, f._titleKey is not null, f._urlKeyHash, f._urlKey is not null);
            // (a signature shorter than the score reads is left to the score)
            if (f.Signature is not { Length: >= Hashes } signature) return;
            Span<ulong> packed = stackalloc ulong[4];
            for (var i = 0; i < Hashes / 2; i++) packed[i / 16] |= (ulong)(signature[i] & 0xF) << (i % 16 * 4);
            (_nibbles0, _nibbles1, _nibbles2, _nibbles3, _nibbles) = (packed[0], packed[1], packed[2], packed[3], true);
        }

        /// <summary>True only where <see cref="StoryMatcher.Score"/>(item, candidate) is 0, this being the item's gate; false
        /// when the gates cannot tell (the score then decides).</summary>
        public bool ProvesZero(in ScoreGate candidate)
        {
            if (!_nibbles || !candidate._nibbles) return false;
            // SameUrlKey and SameTitleKey are false: unequal hashes, or a key missing on either side
            if (_urlKey && candidate._urlKey && _urlKeyHash == candidate._urlKeyHash) return false;
            if (_titleKey && candidate._titleKey && _titleKeyHash == candidate._titleKeyHash) return false;
            // HomesDiffer is true (its first test, HomesDifferByMasks, from the same masks)
            if (_homeBits == 0 || candidate._homeBits == 0 || (_homeReach & candidate._homeBits) != 0 || (_homeBits & candidate._ledeBits) != 0
                || (candidate._homeBits & _ledeBits) != 0) return false;
            // SimilarityBelow(NearVerbatim): at most (half − differing) of the first half's hashes are equal
            var differing = DifferingNibbles(_nibbles0, candidate._nibbles0) + DifferingNibbles(_nibbles1, candidate._nibbles1)
                + DifferingNibbles(_nibbles2, candidate._nibbles2) + DifferingNibbles(_nibbles3, candidate._nibbles3);
            return (double)(Hashes / 2 - differing + Hashes / 2) / Hashes < StoryMatcher.NearVerbatim;
        }

        private static int DifferingNibbles(ulong a, ulong b)
        {
            var x = a ^ b;
            return BitOperations.PopCount((x | x >> 1 | x >> 2 | x >> 3) & 0x1111_1111_1111_1111UL);
        }
    }
}
