namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>
    /// One reading of an item's text with one outlet country: its sentences are read once, on first need (<see cref="ReadSentences"/>),
    /// and both sets of measures finish from that reading — as each sentence states them (a story fingerprint's,
    /// <c>headlineRestated: false</c>) and the item's (the tracker's and `watcher extract`'s: the clause reader, rate tables, the
    /// headline folded, the goods of the rate clause and the item). A poll reads each item for its fingerprint and for its facts: where
    /// both read the same text with the same country, one reading serves both (<see cref="Pipeline.SourcePoller"/>).
    /// </summary>
    /// <remarks>Not a <see cref="Lazy{T}"/>: a read that runs out of its budget (<see cref="MatchBudget"/>) is read again on the next
    /// call, not remembered. One item's reading is used by one poll at a time.</remarks>
    internal sealed class ItemReading(string text, string? sourceCountry)
    {
        private Read? _read;

        /// <summary>The text read (the extractors' head of it is the caller's: <see cref="MatchBudget.Head"/>).</summary>
        public string Text => text;

        public string? SourceCountry => sourceCountry;

        /// <summary>Whether this reading reads <paramref name="other"/> with <paramref name="country"/>.</summary>
        public bool Reads(string other, string? country) => string.Equals(text, other, StringComparison.Ordinal) && sourceCountry == country;

        /// <param name="headlineRestated">See <see cref="Extract(string, bool, string?)"/>.</param>
        public List<TariffMeasure> Measures(bool headlineRestated)
        {
            var read = _read ??= Start();
            // (a sentence read from after its posting time is evidence as written: TariffExtractor.PostedTime.cs)
            var measures = WithPostedTimes(Finish(read.Sentences, headlineRestated), read.Sentences.Sentences);
            // "Suben a 20% el arancel de la yerba mate importada": a headline in another language that the English reading finds nothing in;
            // else the duties a French, Spanish or Portuguese text states, sentence by sentence
            if (measures.Count == 0 && ForeignDutyHeadline(text, sourceCountry) is { } foreign) return foreign;
            // (read once: both finishes ask, and the answer depends on the text and country alone; each caller gets a list of its own)
            _foreign ??= new(ForeignDutyStatements(text, sourceCountry));
            if (_foreign.Measures is { } stated) return [.. stated];
            return read.Evidence is null ? measures
                : measures.Select(m => read.Evidence.TryGetValue(m.Evidence, out var original) ? m with { Evidence = original } : m).ToList();
        }

        /// <summary>"an anti-circumvention duty (ACD) … The ACD is 35.58%": a name the item defines for a duty is read as a tariff word, and
        /// the measures' evidence is given back as written (where the rewritten text splits into as many sentences).</summary>
        private Read Start()
        {
            var rewritten = DutyNamesAsTariffWords(text);
            if (ReferenceEquals(rewritten, text)) return new(ReadSentences(text, sourceCountry), null);
            var written = SentenceSplitter.Split(text);
            var rewrittenSentences = SentenceSplitter.Split(rewritten);
            var sentences = ReadSentences(rewritten, sourceCountry);
            if (written.Count != rewrittenSentences.Count) return new(sentences, null);
            var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < written.Count; i++) evidence.TryAdd(rewrittenSentences[i].Text, written[i].Text);
            return new(sentences, evidence);
        }

        private sealed record Read(SentenceReading Sentences, Dictionary<string, string>? Evidence);

        /// <summary>What <see cref="ForeignDutyStatements"/> read of the text (null until asked).</summary>
        private Foreign? _foreign;

        private sealed record Foreign(List<TariffMeasure>? Measures);
    }
}
