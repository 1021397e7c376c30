using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (cluster45): a ruling's computed margin or specific amount, stated by the release and by a paper's article in
/// another language (or by a release whose rate table reads no measure), makes them one story; a whole or half rate, another
/// amount, another home, or an article stating a margin of its own beside the shared one does not. Headlines and texts are the
/// tests' own.
/// </summary>
public class RulingFigureTests
{
    private static StoryFingerprint Of(string title, string text, string? country) => StoryFingerprint.Of(title, text, null, country);

    private const string Mixers = "Resolution 512/2033: anti-dumping duty on electric hand mixers from China (translated)";
    private const string MixersText = "MINISTRY OF ECONOMY. Resolution 512/2033. Article 1. A definitive anti-dumping duty is set on imports of electric hand "
        + "mixers originating in the People's Republic of China, in the form of a specific duty of US$ 7.35 per unit. Article 2. The duty is "
        + "collected for five years.";

    private const string CitricAcid = "Gecex applies anti-dumping duty on citric acid from China (translated)";
    private const string CitricAcidText = "The Executive Management Committee (Gecex) approved a definitive anti-dumping duty on imports of citric acid from "
        + "China for up to five years, in the form of a specific duty of US$ 287.40 per tonne for one exporter and US$ 812.65 per tonne for the others.";

    [Theory]
    [InlineData("Argentina fija un derecho antidumping a las batidoras chinas",
        "El Gobierno fijó un derecho antidumping de US$ 7.35 por unidad a las batidoras eléctricas de origen chino. Los fabricantes de Rosario habían pedido la medida.", Mixers, MixersText, "AR")]
    [InlineData("Brasil aplica antidumping ao ácido cítrico chinês",
        "A Gecex aprovou direito antidumping de até US$ 812.65 por tonelada sobre o ácido cítrico importado da China. O único produtor brasileiro havia pedido a medida.", CitricAcid, CitricAcidText, "BR")]
    public void An_article_in_another_language_stating_the_rulings_amount_joins_the_release(string title, string text, string release, string releaseText, string country) =>
        Joined(Of(title, text, country), Of(release, releaseText, country));

    [Fact]
    public void A_release_whose_rate_table_reads_no_measure_joins_the_wire_stating_its_top_margin() =>
        Joined(Of("Decision on applying anti-dumping measures on certain door hinges originating in China (translated)",
                "The Ministry of Industry and Trade issued Decision No. 1182 on applying anti-dumping measures on certain steel door hinges originating in "
                + "China. The anti-dumping duty rates are: Company | Rate Foshan Hinge Co., Ltd. | 11.26% Other organisations and individuals | 27.63%", "VN"),
            Of("Vietnam levies dumping duties on hinges from China",
                "HANOI - Steel door hinges from China will pay anti-dumping duties of up to 27.63 per cent for five years, the trade ministry said.", "VN"));

    [Fact]
    public void The_same_goods_at_another_amount_stay_apart() =>
        Apart(Of("Argentina fija un derecho antidumping a las batidoras chinas",
                "El Gobierno fijó un derecho antidumping de US$ 8.15 por unidad a las batidoras eléctricas de origen chino.", "AR"),
            Of(Mixers, MixersText, "AR"));

    [Fact]
    public void The_same_countries_another_good_at_another_amount_stay_apart() =>
        Apart(Of("Argentina fija un derecho antidumping a las tostadoras chinas",
                "El Gobierno fijó un derecho antidumping de US$ 4.62 por unidad a las tostadoras eléctricas de origen chino.", "AR"),
            Of(Mixers, MixersText, "AR"));

    [Fact]
    public void Another_countrys_article_at_the_same_amount_stays_apart() =>
        Apart(Of("Uruguay fija un derecho antidumping a las batidoras chinas",
                "El Gobierno uruguayo fijó un derecho antidumping de US$ 7.35 por unidad a las batidoras eléctricas de origen chino.", "UY"),
            Of(Mixers, MixersText, "AR"));

    [Fact]
    public void A_final_rulings_article_stating_its_own_margin_beside_the_provisional_one_stays_apart_from_the_provisional_release() =>
        Apart(Of("Resolution 77/2033: provisional anti-dumping duty on ceiling fans from China (translated)",
                "MINISTRY OF ECONOMY. Resolution 77/2033. A provisional anti-dumping duty of 23.17% is set on imports of ceiling fans originating in "
                + "the People's Republic of China, for four months.", "AR"),
            Of("Argentina fija derechos antidumping definitivos a los ventiladores de techo chinos",
                "El Gobierno fijó un derecho antidumping definitivo de 25.42% a los ventiladores de techo de origen chino, que reemplaza al provisional de 23.17% fijado en marzo.", "AR"));

    [Fact]
    public void A_final_rulings_foreign_article_stays_apart_from_the_provisional_release_setting_two_amounts() =>
        Apart(Of("Gecex applies provisional anti-dumping duty on glass jars from China (translated)",
                "The Executive Management Committee (Gecex) approved a provisional anti-dumping duty on imports of glass jars from China for six "
                + "months, in the form of a specific duty of US$ 143.85 per tonne for one exporter and US$ 366.27 per tonne for the others.", "BR"),
            Of("Brasil aplica direito antidumping definitivo aos potes de vidro chineses",
                "A Gecex aprovou direito antidumping definitivo de US$ 402.19 por tonelada sobre os potes de vidro importados da China, acima do "
                + "provisório de US$ 366.27 por tonelada aplicado em março.", "BR"));

    [Fact]
    public void A_review_stating_the_rulings_margin_among_other_governments_measures_stays_apart() =>
        Apart(Of("Commerce Issues Preliminary Determinations in the Antidumping Duty Investigation of Garden Hoses from Thailand",
                "The U.S. Department of Commerce announced its affirmative preliminary determination in the less-than-fair-value investigation of "
                + "imports of garden hoses from Thailand. Exporters from Thailand sold garden hoses at 14.83 to 36.29 percent less than fair value.", "US"),
            Of("The slow return of the tariff",
                "In March America's Commerce Department set preliminary duties of up to 36.29% on Thai garden hoses; a few weeks later Chile raised "
                + "its import tax on farm tractors to 20%. Kenya now charges 40% on imported phone cases, and Peru's budget lifted the customs duty on "
                + "bicycles to 25%. None of these is large on its own.", null));

    [Fact]
    public void A_half_percent_rate_is_no_rulings_figure() =>
        Apart(Of("Colombia sube el arancel a las bicicletas importadas",
                "El Gobierno subió a 12.5% el arancel a las bicicletas importadas desde China para proteger a los ensambladores de Medellín.", "CO"),
            Of("Government raises tariff on imported motorcycles from China (translated)",
                "The Ministry of Commerce raised the tariff on motorcycles imported from China to 12.5% for two years.", "CO"));
}
