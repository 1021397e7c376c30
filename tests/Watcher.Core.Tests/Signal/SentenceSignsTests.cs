using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The signs of a sentence, found in one scan before the sentence readers run (<c>TariffExtractor.SentenceSigns</c>, session 25,
/// perf35): a reader whose patterns need a word the sentence lacks is not asked, so a sign may say "absent" only where the word is
/// absent in every case and spelling those patterns read; the measures read stay as they were.
/// </summary>
public class SentenceSignsTests
{
    [Theory]
    // no word of the duty vocabulary: the tariff word, the measure phrase and the dumping context are not read
    [InlineData("Manufacturers plan to shift suppliers.", false)]
    [InlineData("Exporters warned of lost contracts worth millions.", false)]
    [InlineData("Opposition lawmakers demanded a vote on the policy.", false)]
    [InlineData("The climbers reached the summit at dawn.", false)]
    // each word those patterns need, in any case
    [InlineData("Kuala Lumpur said it will apply a 50% tariff on imports of footwear.", true)]
    [InlineData("The LEVY was doubled.", true)]
    [InlineData("Anti-dumping duties were extended.", true)]
    [InlineData("The Commission imposed safeguard measures on steel.", true)]
    [InlineData("Import taxes on cars rose.", true)]
    [InlineData("A cess on imported edible oil was announced.", true)]
    [InlineData("Countervailing orders on Chinese tyres stay.", true)]
    [InlineData("The fees on shipments of corn were cut.", true)]
    [InlineData("Surcharges on US goods take effect.", true)]
    [InlineData("Subsidized imports from Vietnam were found dumped.", true)]
    [InlineData("Compensatory quotas apply to Chinese steel.", true)]
    // wider than the patterns, never narrower: a duty as an obligation, a telecom tariff, "in order to" still open the sign
    [InlineData("It is our duty to help.", true)]
    [InlineData("The mobile tariff rises in May.", true)]
    [InlineData("They moved in order to save costs.", true)]
    public void The_duty_sign_is_open_wherever_a_duty_pattern_could_match(string sentence, bool duty) =>
        Assert.Equal(duty, TariffExtractor.SentenceSigns.Of(sentence).Duty);

    [Theory]
    // letters a case-blind pattern may read as an ASCII "i", "s" or "k": every sign stays open
    [InlineData("Exporters warned of İosses.")]
    [InlineData("Exporters warned of losses ıt said.")]
    [InlineData("Exporters warned of loſt contracts.")]
    [InlineData("Exporters warned of \u212Aey contracts.")]
    public void Every_sign_stays_open_with_a_letter_a_pattern_may_fold_to_ascii(string sentence)
    {
        var signs = TariffExtractor.SentenceSigns.Of(sentence);
        Assert.True(signs.Duty);
        Assert.True(signs.RateWord);
    }

    [Theory]
    [InlineData("Exporters warned of lost contracts worth millions.", false, false)]
    [InlineData("The RATE on corn was cut.", false, true)]
    [InlineData("The tariff rises to 25%.", true, false)]
    [InlineData("The duty is ten per cent.", true, false)]
    [InlineData("A 40pc duty applies.", true, false)]
    public void The_rate_signs_follow_the_written_rate_and_the_word_rate(string sentence, bool rate, bool rateWord)
    {
        var signs = TariffExtractor.SentenceSigns.Of(sentence);
        Assert.Equal(rate, signs.Rate);
        Assert.Equal(rateWord, signs.RateWord);
    }

    [Fact]
    public void Sentences_without_rate_or_duty_word_read_as_before_around_a_measure()
    {
        // the farm's shape: a measure, then sentences that hold neither a rate nor a duty word
        const string text = "Malaysia imposes 50% tariff on Brazilian footwear\nKuala Lumpur said on Wednesday it will apply a 50% tariff on imports "
            + "of footwear from Brazil, effective February 11. Manufacturers plan to shift suppliers. Opposition lawmakers demanded a vote on the policy.";
        var measures = TariffExtractor.Extract(text);
        var measure = Assert.Single(measures);
        Assert.Equal(("MY", "BR", (double?)50.0), (measure.Imposer, measure.Target, measure.Rate));
    }

    [Fact]
    public void A_clause_without_leaders_or_blocs_states_no_event_but_two_leaders_before_it_still_count()
    {
        var events = EventExtractor.Extract("Trump met Xi in Busan on Thursday. The two leaders held talks on tariffs.");
        Assert.NotEmpty(events);
        Assert.Empty(EventExtractor.Extract("Exporters held talks on tariffs. The summit was postponed."));
    }
}

/// <summary>
/// The institution words a text must hold for the acting-institution pattern to match (<c>HomeCountry.MayNameActingInstitution</c>,
/// session 25, perf35): a text without any is not scanned by it, and whether a home country's institution acts reads as before.
/// </summary>
public class ActingInstitutionSignTests
{
    [Theory]
    // no institution word: the pattern is not run
    [InlineData("Kuala Lumpur said on Wednesday it will apply a 50% tariff on imports of footwear from Brazil.", false)]
    [InlineData("Manufacturers plan to shift suppliers. Port authorities expect shipments to slow.", false)]
    // each kind of institution the pattern names, in any case
    [InlineData("The Government has reduced the duty on rice.", true)]
    [InlineData("Govt slaps 20% duty on steel.", true)]
    [InlineData("PARLIAMENT yesterday passed the bill.", true)]
    [InlineData("The Ministry of Finance raised the levy.", true)]
    [InlineData("Opposition lawmakers demanded a vote.", true)]
    [InlineData("The Storting on Wednesday adopted the tariff.", true)]
    [InlineData("FG waives 10% duty on drug raw materials.", true)]
    [InlineData("The CBSA issued final duties.", true)]
    [InlineData("The Dewan Rakyat approved the levy.", true)]
    // a letter a case-blind pattern may fold to ASCII: left to the pattern
    [InlineData("The \u212Anesset approved the levy.", true)]
    [InlineData("The Mınistry raised the levy.", true)]
    public void A_text_is_scanned_only_with_an_institution_word(string text, bool scanned) =>
        Assert.Equal(scanned, HomeCountry.MayNameActingInstitution(text));

    [Theory]
    [InlineData("Cooking oil import duty cut to 10%. Importers welcomed the move.", false)]
    [InlineData("The Cabinet has raised the duty on edible oils to 20%.", true)]
    [InlineData("The Ministry of Commerce imposed anti-dumping duties on Chinese steel.", true)]
    [InlineData("Parliament debated a bill on import duties.", false)]
    public void Whether_an_institution_acts_reads_as_before(string text, bool acts) =>
        Assert.Equal(acts, HomeCountry.ActsOnMeasure(text));
}

public class HomeReactionSignTests
{
    [Theory]
    // no reacting people, or no verb of reaction: the pattern is not run
    [InlineData("Kuala Lumpur said on Wednesday it will apply a 50% tariff on imports of footwear from Brazil.", false)]
    [InlineData("Shoe makers said the new duty would raise prices.", false)]
    [InlineData("The minister welcomed the cut in the duty on rice.", false)]
    // people and a verb, in any case, as the pattern spells them ("makers" inside "carmakers")
    [InlineData("Local juice makers welcome the new 15% customs duty.", true)]
    [InlineData("CARMAKERS HAIL DUTY CUT", true)]
    [InlineData("Dairy farmers protest milk powder imports at 15% duty.", true)]
    [InlineData("Retailers decried the levy; consumers criticized it.", true)]
    // a letter a case-blind pattern may fold to ASCII: left to the pattern
    [InlineData("Fishermen prote\u017Ft the duty.", true)]
    [InlineData("Ma\u212Aers protest the duty.", true)]
    public void A_text_is_scanned_only_with_people_and_a_verb_of_reaction(string text, bool scanned) =>
        Assert.Equal(scanned, HomeCountry.MayShowHomeReaction(text));

    [Theory]
    [InlineData("Local juice makers welcome the new 15% customs duty on imported juice", "QA")]
    [InlineData("Local juice makers said the new 15% customs duty on imported juice would help them", null)]
    public void The_home_of_a_reaction_reads_as_before(string text, string? home) =>
        Assert.Equal(home, HomeCountry.OfUnnamedInstitution(text, [], [], "QA"));
}
