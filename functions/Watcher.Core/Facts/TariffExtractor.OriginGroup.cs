namespace Watcher.Core.Facts;

/// <summary>Plumbing only (session 27, perf37): the group of origins <see cref="ReadSentences"/> carries from sentence to sentence,
/// with each sentence's origin list read only when a rule asks for the group. No reading rule lives here.</summary>
public static partial class TariffExtractor
{
    /// <summary>
    /// The group of origins an item last listed: the targets of a sentence's measures on two or more origins (<see cref="Set"/>), or
    /// else the origin list of a sentence that names two or more parties (<see cref="Offer"/>), whichever sentence came last. The
    /// origin list (<see cref="OriginList"/>) cost ~8 % of a farm item's fingerprint, read for every sentence with two parties, while
    /// the group is asked about only under a country heading or for "the two countries": the sentences offered since the last
    /// <see cref="Set"/> are kept, and read newest first when <see cref="Value"/> is asked — the first with a list of two or more is the
    /// group the sentence loop would have kept, and with none it is the group before them. Both readers are functions of the text
    /// alone, so the answer is the one the loop gave when it read every sentence as it came.
    /// </summary>
    private sealed class OriginGroup
    {
        private List<string>? _known;
        private readonly List<string> _offered = [];

        public void Set(List<string> group)
        {
            _known = group;
            _offered.Clear();
        }

        /// <param name="plain">The sentence with its codes blanked (<see cref="BlankCodes"/>).</param>
        public void Offer(string plain) => _offered.Add(plain);

        public List<string>? Value
        {
            get
            {
                for (var i = _offered.Count - 1; i >= 0; i--)
                    // (a list of two origins needs two parties in the sentence: OriginList reads only their countries)
                    if (Parties(_offered[i]).Count >= 2 && OriginList(_offered[i]) is { Count: >= 2 } origins)
                    {
                        _known = origins;
                        break;
                    }
                _offered.Clear();
                return _known;
            }
        }
    }

    /// <summary>The group of origins a sentence refers back to as "the two countries", "both suppliers" (<see cref="RefersToGroup"/>),
    /// or null; the group is asked for only when the sentence names one.</summary>
    private static List<string>? GroupReferredTo(string s, OriginGroup origins) =>
        GroupOfOrigins().IsMatch(s) && origins.Value is { Count: >= 2 } group && RefersToGroup(s, group.Count) ? group : null;
}
