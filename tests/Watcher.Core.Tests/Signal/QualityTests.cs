using System.Globalization;
using System.Text;
using Watcher.Core.Facts;
using Watcher.Core.Matching;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Measures relevance, story clustering and tariff-measure extraction on the labelled set, writes docs/quality.md,
/// and holds each figure at (or above) the floor it was measured at.
/// </summary>
public class QualityTests
{
    private static readonly IReadOnlyList<LabelledItem> Items = LabelledSet.Load();
    private static readonly IReadOnlyList<LabelledItem> Holdout = LabelledSet.Load(LabelledSet.HoldoutPath);
    private static readonly IReadOnlyList<LabelledItem> Holdout2 = LabelledSet.Load(LabelledSet.Holdout2Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout3 = LabelledSet.Load(LabelledSet.Holdout3Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout4 = LabelledSet.Load(LabelledSet.Holdout4Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout5 = LabelledSet.Load(LabelledSet.Holdout5Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout6 = LabelledSet.Load(LabelledSet.Holdout6Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout7 = LabelledSet.Load(LabelledSet.Holdout7Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout8 = LabelledSet.Load(LabelledSet.Holdout8Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout9 = LabelledSet.Load(LabelledSet.Holdout9Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout10 = LabelledSet.Load(LabelledSet.Holdout10Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout11 = LabelledSet.Load(LabelledSet.Holdout11Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout12 = LabelledSet.Load(LabelledSet.Holdout12Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout13 = LabelledSet.Load(LabelledSet.Holdout13Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout14 = LabelledSet.Load(LabelledSet.Holdout14Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout15 = LabelledSet.Load(LabelledSet.Holdout15Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout16 = LabelledSet.Load(LabelledSet.Holdout16Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout17 = LabelledSet.Load(LabelledSet.Holdout17Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout18 = LabelledSet.Load(LabelledSet.Holdout18Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout19 = LabelledSet.Load(LabelledSet.Holdout19Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout20 = LabelledSet.Load(LabelledSet.Holdout20Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout21 = LabelledSet.Load(LabelledSet.Holdout21Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout22 = LabelledSet.Load(LabelledSet.Holdout22Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout23 = LabelledSet.Load(LabelledSet.Holdout23Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout24 = LabelledSet.Load(LabelledSet.Holdout24Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout25 = LabelledSet.Load(LabelledSet.Holdout25Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout26 = LabelledSet.Load(LabelledSet.Holdout26Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout27 = LabelledSet.Load(LabelledSet.Holdout27Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout28 = LabelledSet.Load(LabelledSet.Holdout28Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout29 = LabelledSet.Load(LabelledSet.Holdout29Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout30 = LabelledSet.Load(LabelledSet.Holdout30Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout31 = LabelledSet.Load(LabelledSet.Holdout31Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout32 = LabelledSet.Load(LabelledSet.Holdout32Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout33 = LabelledSet.Load(LabelledSet.Holdout33Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout34 = LabelledSet.Load(LabelledSet.Holdout34Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout35 = LabelledSet.Load(LabelledSet.Holdout35Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout36 = LabelledSet.Load(LabelledSet.Holdout36Path);
    private static readonly IReadOnlyList<LabelledItem> Holdout37 = LabelledSet.Load(LabelledSet.Holdout37Path);

    /// <summary>Relevance precision and recall, clustering pairwise F1, extraction F1.</summary>
    public sealed record Figures(double Precision, double Recall, double ClusteringF1, double ExtractionF1);

    /// <summary>The issue's targets.</summary>
    private static readonly Figures Targets = new(0.95, 0.90, 0.90, 0.85);

    // Before session 2's generality work (main at 5a2e0dd); for the new holdout, its first run on that same code,
    // committed together with the set before the extractor or clusterer changed.
    private static readonly Figures TunedBefore = new(1.000, 0.987, 0.912, 0.992);
    private static readonly Figures HoldoutBefore = new(0.938, 1.000, 0.667, 0.625);
    private static readonly Figures Holdout2FirstRun = new(1.000, 1.000, 0.105, 0.708);

    // Holdout 3's first run, on main at 2c16380 (after session 2), committed together with the set.
    private static readonly Figures Holdout3FirstRun = new(0.914, 0.970, 0.644, 0.644);

    // Holdout 4's first run, on main at f5c3d02 (after session 3), committed together with the set.
    private static readonly Figures Holdout4FirstRun = new(0.958, 0.958, 0.875, 0.737);

    // Holdout 5's first run, on main at 2ae2062 (after session 3), committed together with the set.
    private static readonly Figures Holdout5FirstRun = new(0.907, 0.929, 0.642, 0.563);

    // Holdout 6's first run, on main at 7b0607b (after session 4), committed together with the set's wiring.
    private static readonly Figures Holdout6FirstRun = new(0.977, 1.000, 0.571, 0.733);

    // Holdout 7's first run, on main at 402e06b (start of session 5), committed together with the set and its wiring.
    // Holdout 7 was session 5's unseen set; from session 6 it is a dev set and its errors are printed.
    private static readonly Figures Holdout7FirstRun = new(0.980, 0.942, 0.733, 0.421);

    // Holdout 7 measured by the lead at the end of session 5, on main at 906ca7e (every session-5 merge).
    private static readonly Figures Holdout7EndOfSession5 = new(0.980, 0.942, 0.813, 0.474);

    // Holdout 8's first run, on main at 890a436 (the final session-5 code), committed together with the set and its wiring.
    // Holdout 8 was session 6's unseen set; from session 7 it is a dev set and its errors are printed.
    private static readonly Figures Holdout8FirstRun = new(0.932, 0.917, 0.455, 0.288);

    // Holdout 8 measured by the lead at the end of session 6, on main at 944dc25 (every session-6 merge).
    private static readonly Figures Holdout8EndOfSession6 = new(0.932, 0.917, 0.500, 0.288);

    // Holdout 9's first run, on the final session-6 code, committed together with its wiring.
    private const string Holdout9FirstRunCommit = "aeaa97f";
    private static readonly Figures Holdout9FirstRun = new(0.938, 0.896, 0.632, 0.315);
    private const string Holdout9FirstRunDetail = "clustering P 0.923, R 0.480; extraction P 0.426, R 0.250";

    // Holdout 9 measured by the lead at the end of session 7, on main at f470d7b (every session-7 signal merge).
    private static readonly Figures Holdout9EndOfSession7 = new(0.938, 0.896, 0.667, 0.364);
    private const string Holdout9EndOfSession7Detail = "clustering P 1.000, R 0.500; extraction P 0.462, R 0.300";

    // Holdout 10's first run, on the final session-7 code, committed together with its wiring.
    private const string Holdout10FirstRunCommit = "f470d7b";
    private static readonly Figures Holdout10FirstRun = new(0.946, 0.897, 0.684, 0.533);
    private const string Holdout10FirstRunDetail = "clustering P 0.741, R 0.635; extraction P 0.738, R 0.417";

    // Holdout 10 measured by the lead at the end of session 8, on main at 9698e14 (every session-8 signal merge); it was
    // session 8's unseen set and is a dev set from session 9 (its errors are printed).
    private static readonly Figures Holdout10EndOfSession8 = new(0.973, 0.910, 0.684, 0.539);
    private const string Holdout10EndOfSession8Detail = "clustering P 0.741, R 0.635; extraction P 0.763, R 0.417";

    // Holdout 11's first run, measured by the lead on the final session-8 signal code (WATCHER_MEASURE_UNSEEN=1).
    private const string Holdout11FirstRunCommit = "9698e14";
    private static readonly Figures Holdout11FirstRun = new(0.976, 0.931, 0.841, 0.592);

    // Holdout 11 measured by the lead at the end of session 9, on main at d2eb8d8 (every session-9 signal merge); it was
    // session 9's unseen set and is a dev set from session 10 (its errors are printed).
    private static readonly Figures Holdout11EndOfSession9 = new(0.976, 0.931, 0.862, 0.599);
    private const string Holdout11EndOfSession9Detail = "clustering P 0.922, R 0.810; extraction P 0.697, R 0.525";

    // Holdout 12's first run, measured by the lead on the final session-9 signal code (WATCHER_MEASURE_UNSEEN=1).
    // Holdout 12 is session 10's unseen set (written in session 9; docs/holdout-12-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout12FirstRunCommit = "d2eb8d8";
    private static readonly Figures? Holdout12FirstRun = new(0.975, 0.959, 0.704, 0.592);
    private const string Holdout12FirstRunDetail = "clustering P 0.678, R 0.732; extraction P 0.709, R 0.508";

    // Holdout 12 measured by the lead at the end of session 10, on main at 5b69929 (every session-10 signal merge); it was
    // session 10's unseen set and is a dev set from session 11 (its errors are printed).
    private static readonly Figures Holdout12EndOfSession10 = new(0.975, 0.959, 0.700, 0.586);
    private const string Holdout12EndOfSession10Detail = "clustering P 0.703, R 0.696; extraction P 0.682, R 0.513";

    // Holdout 13's first run, measured by the lead on the final session-10 code (WATCHER_MEASURE_UNSEEN=1).
    private const string Holdout13FirstRunCommit = "5b69929";
    private static readonly Figures? Holdout13FirstRun = new(0.969, 0.911, 0.774, 0.520);
    private const string Holdout13FirstRunDetail = "clustering P 0.837, R 0.720; extraction P 0.601, R 0.458";

    // Holdout 13 measured by the lead at the end of session 11, on main at 282291c (every session-11 signal merge); it was
    // session 11's unseen set and is a dev set from session 12 (its errors are printed).
    private static readonly Figures Holdout13EndOfSession11 = new(0.969, 0.911, 0.786, 0.541);
    private const string Holdout13EndOfSession11Detail = "clustering P 0.840, R 0.738; extraction P 0.626, R 0.477";

    // Holdout 14's first run, measured by the lead on the final session-11 code (WATCHER_MEASURE_UNSEEN=1).
    private const string Holdout14FirstRunCommit = "282291c";
    private static readonly Figures? Holdout14FirstRun = new(0.976, 0.847, 0.748, 0.588);
    private const string Holdout14FirstRunDetail = "clustering P 0.811, R 0.694; extraction P 0.769, R 0.476";

    // Holdout 14 measured by the lead at the end of session 12, on main at 578350c (every session-12 signal merge); it was
    // session 12's unseen set and is a dev set from session 13 (its errors are printed).
    private static readonly Figures Holdout14EndOfSession12 = new(0.976, 0.847, 0.759, 0.588);
    private const string Holdout14EndOfSession12Detail = "clustering P 0.815, R 0.710; extraction P 0.769, R 0.476";

    // Holdout 15's first run: measured by the lead on the final session-12 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 15 was session 13's unseen set (written in session 12; docs/holdout-15-notes.md); a dev set from session 14.
    private const string Holdout15FirstRunCommit = "578350c";
    private static readonly Figures? Holdout15FirstRun = new(0.971, 0.883, 0.743, 0.496);
    private const string Holdout15FirstRunDetail = "clustering P 0.818, R 0.681; extraction P 0.644, R 0.403";
    private const string Holdout15FirstRunPending = "to be measured by the lead on the final session-12 code";

    // Holdout 15 measured by the lead at the end of session 13, on main at 76ed73b (every session-13 signal merge, outlet
    // countries declared from the outlets' names by outlet_country.py); it was session 13's unseen set and is a dev set from
    // session 14 (its errors are printed). Without the outlet's country (WATCHER_NO_SOURCE_COUNTRY=1) extraction was 0.520.
    private static readonly Figures Holdout15EndOfSession13 = new(0.972, 0.890, 0.743, 0.618);
    private const string Holdout15EndOfSession13Detail = "clustering P 0.818, R 0.681; extraction P 0.711, R 0.546; extraction without the outlet's country 0.520";

    // Holdout 16's first run: measured by the lead on the final session-13 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 16 is session 14's unseen set (written in session 13; docs/holdout-16-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout16FirstRunCommit = "76ed73b";
    private static readonly Figures? Holdout16FirstRun = new(0.993, 0.871, 0.764, 0.686);
    private const string Holdout16FirstRunDetail = "clustering P 0.752, R 0.776; extraction P 0.794, R 0.605; extraction without the outlet's country 0.608";
    private const string Holdout16FirstRunPending = "to be measured by the lead on the final session-13 code";

    // Holdout 16 measured by the lead at the end of session 14, on main at 4125c26 (every session-14 signal merge and review
    // fix); it was session 14's unseen set and is a dev set from session 15 (its errors are printed). Without the outlet's
    // country (WATCHER_NO_SOURCE_COUNTRY=1) extraction was 0.608, as at its first run.
    private static readonly Figures Holdout16EndOfSession14 = new(0.993, 0.877, 0.763, 0.677);
    private const string Holdout16EndOfSession14Detail = "clustering P 0.763, R 0.763; extraction P 0.762, R 0.610; extraction without the outlet's country 0.608";

    // Holdout 17's first run: measured by the lead on the final session-14 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 17 is session 15's unseen set (written in session 14; docs/holdout-17-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout17FirstRunCommit = "4125c26";
    private static readonly Figures? Holdout17FirstRun = new(0.964, 0.893, 0.880, 0.663);
    private const string Holdout17FirstRunDetail = "clustering P 0.966, R 0.808; extraction P 0.765, R 0.585; extraction without the outlet's country 0.608";
    private const string Holdout17FirstRunPending = "to be measured by the lead on the final session-14 code";

    // Holdout 17 measured by the lead at the end of session 15, on main at 6ac81cd (every session-15 signal merge and review
    // fix); it was session 15's unseen set and is a dev set from session 16 (its errors are printed).
    private static readonly Figures Holdout17EndOfSession15 = new(0.964, 0.893, 0.884, 0.691);
    private const string Holdout17EndOfSession15Detail = "clustering P 0.977, R 0.808; extraction P 0.794, R 0.611; extraction without the outlet's country 0.636";

    // Holdout 18's first run: measured by the lead on the final session-15 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 18 is session 16's unseen set (written in session 15; docs/holdout-18-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout18FirstRunCommit = "6ac81cd";
    private static readonly Figures? Holdout18FirstRun = new(0.986, 0.942, 0.858, 0.737);
    private const string Holdout18FirstRunDetail = "clustering P 1.000, R 0.752; extraction P 0.859, R 0.646; extraction without the outlet's country 0.626";
    private const string Holdout18FirstRunPending = "to be measured by the lead on the final session-15 code";

    // Holdout 18 measured by the lead at the end of session 16, on main at 98be23b (every session-16 signal merge and review
    // fix); it was session 16's unseen set and is a dev set from session 17 (its errors are printed).
    private static readonly Figures Holdout18EndOfSession16 = new(0.986, 0.942, 0.862, 0.750);
    private const string Holdout18EndOfSession16Detail = "clustering P 1.000, R 0.758; extraction P 0.862, R 0.664; extraction without the outlet's country 0.626";

    // Holdout 19's first run: measured by the lead on the final session-16 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 19 is session 17's unseen set (written in session 16; docs/holdout-19-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout19FirstRunCommit = "98be23b";
    private static readonly Figures? Holdout19FirstRun = new(0.965, 0.884, 0.768, 0.654);
    private const string Holdout19FirstRunDetail = "clustering P 0.964, R 0.638; extraction P 0.796, R 0.555; extraction without the outlet's country 0.577";
    private const string Holdout19FirstRunPending = "to be measured by the lead on the final session-16 code";

    // Holdout 19 measured by the lead at the end of session 17, on main at 3d238e9 (every session-17 signal merge and review
    // fix); it was session 17's unseen set and is a dev set from session 18 (its errors are printed).
    private static readonly Figures Holdout19EndOfSession17 = new(0.965, 0.884, 0.774, 0.674);
    private const string Holdout19EndOfSession17Detail = "clustering P 0.965, R 0.646; extraction P 0.790, R 0.588; extraction without the outlet's country 0.601";

    // Holdout 20's first run: measured by the lead on the final session-17 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 20 is session 18's unseen set (written in session 17; docs/holdout-20-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout20FirstRunCommit = "3d238e9";
    private static readonly Figures? Holdout20FirstRun = new(0.966, 0.966, 0.921, 0.648);
    private const string Holdout20FirstRunDetail = "clustering P 1.000, R 0.854; extraction P 0.762, R 0.563; without the outlet's country clustering 0.859, extraction 0.561";
    private const string Holdout20FirstRunPending = "to be measured by the lead on the final session-17 code";

    // Holdout 20 measured by the lead at the end of session 18, on main at d61f8b7 (every session-18 signal merge and review
    // fix); it was session 18's unseen set and is a dev set from session 19 (its errors are printed).
    private static readonly Figures Holdout20EndOfSession18 = new(0.972, 0.966, 0.921, 0.654);
    private const string Holdout20EndOfSession18Detail = "clustering P 1.000, R 0.854; extraction P 0.765, R 0.571; without the outlet's country clustering 0.859 (P 0.924), extraction 0.563";

    // Holdout 21's first run: measured by the lead on the final session-18 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 21 is session 19's unseen set (written in session 18; docs/holdout-21-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout21FirstRunCommit = "d61f8b7";
    private static readonly Figures? Holdout21FirstRun = new(0.973, 0.918, 0.894, 0.743);
    private const string Holdout21FirstRunDetail = "clustering P 1.000, R 0.808; extraction P 0.809, R 0.687; without the outlet's country clustering 0.782 (P 0.789), extraction 0.643";
    private const string Holdout21FirstRunPending = "to be measured by the lead on the final session-18 code";

    // Holdout 21 measured by the lead at the end of session 19, on main at a025b28 (every session-19 signal merge and review
    // fix); it was session 19's unseen set and is a dev set from session 20 (its errors are printed).
    private static readonly Figures Holdout21EndOfSession19 = new(0.973, 0.918, 0.894, 0.743);
    private const string Holdout21EndOfSession19Detail = "clustering P 1.000, R 0.808; extraction P 0.809, R 0.687; without the outlet's country clustering 0.792 (P 0.808), extraction 0.643";

    // Holdout 22's first run: measured by the lead on the final session-19 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 22 is session 20's unseen set (written in session 19; docs/holdout-22-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout22FirstRunCommit = "a025b28";
    private static readonly Figures? Holdout22FirstRun = new(0.986, 0.873, 0.799, 0.683);
    private const string Holdout22FirstRunDetail = "clustering P 0.856, R 0.748; extraction P 0.851, R 0.571; without the outlet's country clustering 0.721 (P 0.770), extraction 0.576";
    private const string Holdout22FirstRunPending = "to be measured by the lead on the final session-19 code";

    // Holdout 22 measured by the lead at the end of session 20, on main at 2f57817 (every session-20 signal merge and review
    // fix); it was session 20's unseen set and is a dev set from session 21 (its errors are printed).
    private static readonly Figures Holdout22EndOfSession20 = new(0.986, 0.873, 0.799, 0.697);
    private const string Holdout22EndOfSession20Detail = "clustering P 0.856, R 0.748; extraction P 0.854, R 0.588; without the outlet's country clustering 0.721 (P 0.770), extraction 0.586";

    // Holdout 23's first run: measured by the lead on the final session-20 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 23 is session 21's unseen set (written in session 20; docs/holdout-23-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout23FirstRunCommit = "2f57817";
    private static readonly Figures? Holdout23FirstRun = new(0.975, 0.935, 0.819, 0.774);
    private const string Holdout23FirstRunDetail = "clustering P 0.910, R 0.745; extraction P 0.869, R 0.698; without the outlet's country clustering 0.804 (P 0.893), extraction 0.573";
    private const string Holdout23FirstRunPending = "to be measured by the lead on the final session-20 code";

    // Holdout 23 measured by the lead at the end of session 21, on main at 47285ec (every session-21 signal merge and review
    // fix); it was session 21's unseen set and is a dev set from session 22 (its errors are printed).
    private static readonly Figures Holdout23EndOfSession21 = new(0.976, 0.959, 0.821, 0.778);
    private const string Holdout23EndOfSession21Detail = "clustering P 0.924, R 0.738; extraction P 0.870, R 0.704; without the outlet's country clustering 0.806 (P 0.908), extraction 0.573";

    // Holdout 24's first run: measured by the lead on the final session-21 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 24 is session 22's unseen set (written in session 21; docs/holdout-24-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout24FirstRunCommit = "47285ec";
    private static readonly Figures? Holdout24FirstRun = new(0.966, 0.862, 0.706, 0.694);
    private const string Holdout24FirstRunDetail = "clustering P 0.933, R 0.568; extraction P 0.830, R 0.597; without the outlet's country clustering 0.617 (P 0.773), extraction 0.541";
    private const string Holdout24FirstRunPending = "to be measured by the lead on the final session-21 code";

    // Holdout 24 measured by the lead at the end of session 22, on main at 1732ad5 (every session-22 signal merge and review
    // fix); it was session 22's unseen set and is a dev set from session 23 (its errors are printed).
    private static readonly Figures Holdout24EndOfSession22 = new(0.966, 0.862, 0.706, 0.716);
    private const string Holdout24EndOfSession22Detail = "clustering P 0.933, R 0.568; extraction P 0.840, R 0.624; without the outlet's country clustering 0.617 (P 0.773), extraction 0.559";

    // Holdout 25's first run: measured by the lead on the final session-22 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 25 is session 23's unseen set (written in session 22; docs/holdout-25-notes.md): its per-item errors are never
    // written to docs/quality.md.
    // Taken on the final session-22 code (f8692fb, after the second wave: relev23, cluster30, extract39). It was also measured once
    // before that wave, on 1732ad5 (relevance P 0.993 / R 0.875, clustering 0.786, extraction 0.657): only those figures were read.
    private const string Holdout25FirstRunCommit = "f8692fb";
    private static readonly Figures? Holdout25FirstRun = new(1.000, 0.887, 0.792, 0.671);
    private const string Holdout25FirstRunDetail = "clustering P 0.862, R 0.732; extraction P 0.812, R 0.571; without the outlet's country clustering 0.715 (P 0.763), extraction 0.543";
    private const string Holdout25FirstRunPending = "to be measured by the lead on the final session-22 code";

    // Holdout 25 measured by the lead at the end of session 23, on main at 7f188d3 (every session-23 signal merge and review
    // fix); it was session 23's unseen set and is a dev set from session 24 (its errors are printed).
    private static readonly Figures Holdout25EndOfSession23 = new(1.000, 0.887, 0.792, 0.675);
    private const string Holdout25EndOfSession23Detail = "extraction P 0.817, R 0.574; without the outlet's country clustering 0.715, extraction 0.548; the first wave's extraction rules moved extraction +0.004 (0.671 on f8692fb), relevance and clustering unchanged";

    // Holdout 26's first run: measured by the lead on the final session-23 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 26 is session 24's unseen set (written in session 23; docs/holdout-26-notes.md): its per-item errors are never
    // written to docs/quality.md.
    // Taken on the final session-23 code (9eea04b, after the second wave: relev24; extract42 and cluster32 changed no code). It was
    // also measured once before that wave, on 7f188d3 (relevance P 0.993 / R 0.899, clustering 0.755, extraction 0.768): only
    // those figures were read. relev24's rules, written from holdout 25's misses, moved it +2 true positives (R 0.899 -> 0.911).
    private const string Holdout26FirstRunCommit = "9eea04b";
    private static readonly Figures? Holdout26FirstRun = new(0.994, 0.911, 0.755, 0.768);
    private const string Holdout26FirstRunDetail = "relevance tp 154, fp 1, fn 15; clustering P 0.861, R 0.673 (tp 105, fp 17, fn 51); extraction P 0.870, R 0.687 (tp 200, fp 30, fn 91); without the outlet's country clustering 0.738 (P 0.837), extraction 0.551 (P 0.844, R 0.409)";
    private const string Holdout26FirstRunPending = "to be measured by the lead on the final session-23 code";

    // Holdout 26 measured by the lead at the end of session 24, on main at 1a87356 (every session-24 signal merge and review
    // fix); it was session 24's unseen set and is a dev set from session 25 (its errors are printed).
    private static readonly Figures Holdout26EndOfSession24 = new(0.994, 0.911, 0.773, 0.768);
    private const string Holdout26EndOfSession24Detail = "clustering P 0.865, R 0.699; extraction P 0.870, R 0.687; without the outlet's country clustering 0.756, extraction 0.551; cluster33's forum occasions moved clustering +0.018 (0.755 at the first run), the session's extraction rules (extract43, extract44) none";

    // Holdout 27's first run: measured by the lead on the final session-24 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 27 is session 25's unseen set (written in session 23; docs/holdout-27-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout27FirstRunCommit = "1a87356";
    private static readonly Figures? Holdout27FirstRun = new(0.974, 0.916, 0.754, 0.725);
    private const string Holdout27FirstRunDetail = "relevance tp 152, fp 4, fn 14; clustering P 0.902, R 0.647; extraction P 0.881, R 0.616; without the outlet's country clustering 0.720, extraction 0.560";
    private const string Holdout27FirstRunPending = "to be measured by the lead on the final session-24 code";

    // Holdout 27 measured by the lead at the end of session 25, on main at 2cb5260 (every session-25 signal merge and review
    // fix); it was session 25's unseen set and is a dev set from session 26 (its errors are printed).
    private static readonly Figures Holdout27EndOfSession25 = new(0.974, 0.916, 0.754, 0.740);
    private const string Holdout27EndOfSession25Detail = "clustering P 0.902, R 0.647; extraction P 0.885, R 0.637; without the outlet's country clustering 0.720, extraction 0.563; extract46's French, Spanish and Portuguese statements moved extraction +0.015 (0.725 at the first run, blind reach on holdout 26 +2 labels), cluster34's bilateral keys moved clustering nothing";

    // Holdout 28's first run: measured by the lead on the final session-25 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 28 is session 26's unseen set (written in session 24; docs/holdout-28-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout28FirstRunCommit = "2cb5260";
    private static readonly Figures? Holdout28FirstRun = new(0.980, 0.849, 0.742, 0.646);
    private const string Holdout28FirstRunDetail = "relevance tp 146, fp 3, fn 26; clustering P 0.837, R 0.667; extraction P 0.740, R 0.573; without the outlet's country clustering 0.696, extraction 0.465";
    private const string Holdout28FirstRunPending = "to be measured by the lead on the final session-25 code";

    // Holdout 28 measured by the lead at the end of session 26, on main at 62b5dea (every session-26 signal merge and review
    // fix); it was session 26's unseen set and is a dev set from session 27 (its errors are printed).
    private static readonly Figures Holdout28EndOfSession26 = new(0.980, 0.860, 0.743, 0.646);
    private const string Holdout28EndOfSession26Detail = "relevance tp 148, fp 3, fn 24; clustering P 0.849, R 0.660; extraction P 0.740, R 0.573; without the outlet's country clustering 0.692, extraction 0.465; relev25's customs, trade-remedy and trade-office terms moved relevance recall +0.011 (0.849 at the first run), action36's follow-up actions and extract48's own goods moved clustering +0.001 (P 0.837 -> 0.849, R 0.667 -> 0.660), extraction nothing";

    // Holdout 29's first run: measured by the lead on the final session-26 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 29 is session 27's unseen set (written in session 25; docs/holdout-29-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout29FirstRunCommit = "62b5dea";
    private static readonly Figures? Holdout29FirstRun = new(0.993, 0.893, 0.851, 0.715);
    private const string Holdout29FirstRunDetail = "relevance tp 150, fp 1, fn 18; clustering P 0.969, R 0.759; extraction P 0.843, R 0.621; without the outlet's country clustering 0.632 (P 0.569), extraction 0.584";
    private const string Holdout29FirstRunPending = "to be measured by the lead on the final session-26 code";

    // Holdout 29 measured by the lead at the end of session 27, on main at db054d7 (every session-27 signal merge and review
    // fix); it was session 27's unseen set and is a dev set from session 28 (its errors are printed).
    private static readonly Figures Holdout29EndOfSession27 = new(0.987, 0.911, 0.851, 0.732);
    private const string Holdout29EndOfSession27Detail = "relevance tp 153, fp 2, fn 15; clustering P 0.969, R 0.759; extraction P 0.858, R 0.639; without the outlet's country clustering 0.632 (P 0.569), extraction 0.605; relev26's summit, meeting and signing rules (the only relevance change) moved relevance recall +0.018 (0.893 at the first run) and added one false positive (precision 0.993 -> 0.987), extract49's duty a remedy is added to and merge50's origin folds together moved extraction +0.017 (P 0.843 -> 0.858, R 0.621 -> 0.639), cluster37's foreign headlines and rate keys moved clustering nothing (P 0.969, R 0.759 as at the first run)";

    // Holdout 30's first run: measured by the lead on the final session-27 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 30 is session 28's unseen set (written in session 26; docs/holdout-30-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout30FirstRunCommit = "db054d7";
    private static readonly Figures? Holdout30FirstRun = new(0.993, 0.886, 0.786, 0.740);
    private const string Holdout30FirstRunDetail = "relevance tp 148, fp 1, fn 19; clustering P 0.873, R 0.714; extraction P 0.883, R 0.637; without the outlet's country clustering 0.706 (P 0.756), extraction 0.536";
    private const string Holdout30FirstRunPending = "to be measured by the lead on the final session-27 code";

    // Holdout 30 measured by the lead at the end of session 28, on main at 502eaaa (every session-28 signal merge and review
    // fix); it was session 28's unseen set and is a dev set from session 29 (its errors are printed).
    private static readonly Figures Holdout30EndOfSession28 = new(0.993, 0.892, 0.789, 0.745);
    private const string Holdout30EndOfSession28Detail = "relevance tp 149, fp 1, fn 18; clustering P 0.862, R 0.727; extraction P 0.884, R 0.644; without the outlet's country clustering 0.706 (P 0.756), extraction 0.543; relev27's heads by office, foreign summit headlines and budget duty lines moved relevance recall +0.006 (0.886 at the first run), precision unchanged; cluster38's foreign headlines at a specific duty's amount moved clustering +0.003 (P 0.873 -> 0.862, R 0.714 -> 0.727: two pairs joined, two false pairs added, its copy joining an item already merged with another country's ruling); extract50's ordinary duty beside a remedy and extract51's remedy columns moved extraction +0.005 (P 0.883 -> 0.884, R 0.637 -> 0.644)";

    // Holdout 31's first run: measured by the lead on the final session-28 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 31 is session 29's unseen set (written in session 27; docs/holdout-31-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout31FirstRunCommit = "502eaaa";
    private static readonly Figures? Holdout31FirstRun = new(0.969, 0.901, 0.814, 0.750);
    private const string Holdout31FirstRunDetail = "relevance tp 155, fp 5, fn 17; clustering P 0.858, R 0.774; extraction P 0.841, R 0.676; without the outlet's country clustering 0.638 (P 0.636), extraction 0.595";
    private const string Holdout31FirstRunPending = "to be measured by the lead on the final session-28 code";

    // Holdout 31 measured by the lead at the end of session 29, on main at 8d40a33 (every session-29 signal merge and review
    // fix); it was session 29's unseen set and is a dev set from session 30 (its errors are printed).
    private static readonly Figures Holdout31EndOfSession29 = new(0.970, 0.924, 0.830, 0.750);
    private const string Holdout31EndOfSession29Detail = "relevance tp 159, fp 5, fn 13; clustering P 0.878, R 0.787; extraction P 0.841, R 0.676; without the outlet's country clustering 0.644 (P 0.648), extraction 0.595; relev28's duty words, talks on a tariff and heads by office moved relevance recall +0.023 (four items; 0.901 at the first run), precision 0.969 -> 0.970; clustering moved +0.016 (P 0.858 -> 0.878, R 0.774 -> 0.787: two pairs joined, three false pairs parted; cluster39's trip and translated-note rules and relev28's items together, not split); probe29's, extract52's and extract53's extraction rules moved nothing (tp 190, fp 36, fn 91 as at the first run); the first run's extraction floor 0.75 was rounded up from 0.7495 and is 0.74 here";

    // Holdout 32's first run: measured by the lead on the final session-29 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 32 is session 30's unseen set (written in session 28; docs/holdout-32-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout32FirstRunCommit = "8d40a33";
    private static readonly Figures? Holdout32FirstRun = new(0.987, 0.905, 0.715, 0.675);
    private const string Holdout32FirstRunDetail = "relevance tp 152, fp 2, fn 16; clustering P 0.879, R 0.603; extraction P 0.811, R 0.578; without the outlet's country clustering 0.632 (P 0.764), extraction 0.493";
    private const string Holdout32FirstRunPending = "to be measured by the lead on the final session-29 code";

    // Holdout 32 measured by the lead at the end of session 30, on main at 5e8e2b7 (every session-30 signal merge and review
    // fix); it was session 30's unseen set and is a dev set from session 31 (its errors are printed).
    private static readonly Figures Holdout32EndOfSession30 = new(0.987, 0.911, 0.723, 0.699);
    private const string Holdout32EndOfSession30Detail = "relevance tp 153, fp 2, fn 15; clustering P 0.904, R 0.603; extraction P 0.819, R 0.610 (tp 172, fp 38, fn 110); without the outlet's country clustering 0.654 (P 0.832), extraction 0.517; the session's rules together (cluster40, relev29, extract54, extract55; perf40's change leaves every output as it was), not split by helper: relevance recall +1 item (0.905 at the first run), clustering +0.008 (P 0.879 -> 0.904, three false pairs parted, recall unchanged), extraction +0.024 (tp 163 -> 172, fp 38 as at the first run) -- the first session whose extraction helpers all read the freshest dev set's errors (holdout 31)";

    // Holdout 33's first run: measured by the lead on the final session-30 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 33 is session 31's unseen set (written in session 29; docs/holdout-33-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout33FirstRunCommit = "7ef5be2";
    private static readonly Figures? Holdout33FirstRun = new(0.975, 0.884, 0.801, 0.746);
    private const string Holdout33FirstRunDetail = "relevance tp 153, fp 4, fn 20; clustering P 0.862, R 0.749; extraction P 0.855, R 0.662; without the outlet's country clustering 0.745 (P 0.847), extraction 0.591; taken again after cluster41 and extract56 were merged (first taken on 5e8e2b7: extraction 0.734, P 0.841, R 0.651; without the country clustering 0.736, extraction 0.589; the rest the same)";
    private const string Holdout33FirstRunPending = "to be measured by the lead on the final session-30 code";

    // Holdout 33 measured by the lead at the end of session 31, on main at 88536f1 (every session-31 signal merge and review
    // fix); it was session 31's unseen set and is a dev set from session 32 (its errors are printed).
    private static readonly Figures Holdout33EndOfSession31 = new(0.975, 0.896, 0.801, 0.750);
    private const string Holdout33EndOfSession31Detail = "relevance tp 155, fp 4, fn 18; clustering P 0.862, R 0.749; extraction P 0.859, R 0.665 (tp 189, fp 31, fn 95); without the outlet's country clustering 0.745 (P 0.847), extraction 0.596; the session's rules together (perf41, extract57, cluster42, cluster43, extract59, relev30; perf41's change leaves every output as it was), not split by helper: relevance recall +2 items (0.884 at the first run), clustering unchanged (0.801, P 0.862 and R 0.749 as at the first run) although both clustering helpers' rules reached their blind sets, extraction +0.004 (tp 188 -> 189, fp 32 -> 31)";

    // Holdout 34's first run: measured by the lead on the final session-31 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 34 is session 32's unseen set (written in session 30; docs/holdout-34-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout34FirstRunCommit = "88536f1";
    private static readonly Figures? Holdout34FirstRun = new(0.980, 0.882, 0.875, 0.813);
    private const string Holdout34FirstRunDetail = "relevance tp 149, fp 3, fn 20; clustering P 0.957, R 0.806; extraction P 0.905, R 0.739 (tp 209, fp 22, fn 74); without the outlet's country clustering 0.714 (P 0.695), extraction 0.655";
    private const string Holdout34FirstRunPending = "to be measured by the lead on the final session-31 code";

    // Holdout 34 measured by the lead at the end of session 32, on main at 92387e2 (every session-32 signal merge and review
    // fix); it was session 32's unseen set and is a dev set from session 33 (its errors are printed).
    private static readonly Figures Holdout34EndOfSession32 = new(0.981, 0.893, 0.897, 0.829);
    private const string Holdout34EndOfSession32Detail = "relevance tp 151, fp 3, fn 18; clustering P 0.959, R 0.842 (pairs tp 139, fp 6, fn 26); extraction P 0.922, R 0.753 (tp 213, fp 18, fn 70); without the outlet's country clustering 0.670 (P 0.605, R 0.752) and extraction 0.664; the session's rules together (relev31, cluster44, cluster45, extract61, extract62 with extract58, the lead's GoodsLists fix; perf42 leaves every output as it was), not split by helper: relevance +2 items (0.882 at the first run), clustering +0.022 (P 0.957 -> 0.959, R 0.806 -> 0.842), extraction +0.016 (tp 209 -> 213, fp 22 -> 18); without the outlet's country clustering fell 0.714 -> 0.670 (P 0.695 -> 0.605), not investigated since the set was unseen";

    // Holdout 35's first run: measured by the lead on the final session-32 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 35 is session 33's unseen set (written in session 31; docs/holdout-35-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout35FirstRunCommit = "92387e2";
    private static readonly Figures? Holdout35FirstRun = new(1.000, 0.870, 0.848, 0.772);
    private const string Holdout35FirstRunDetail = "relevance tp 147, fp 0, fn 22; clustering P 0.934, R 0.776 (pairs tp 128, fp 9, fn 37); extraction P 0.867, R 0.695 (tp 196, fp 30, fn 86); without the outlet's country clustering 0.749 (P 0.787) and extraction 0.574";
    private const string Holdout35FirstRunPending = "to be measured by the lead on the final session-32 code";

    // Holdout 35 measured by the lead at the end of session 33, on main at 1a85eef (every session-33 signal merge and review
    // fix); it was session 33's unseen set and is a dev set from session 34 (its errors are printed).
    private static readonly Figures Holdout35EndOfSession33 = new(1.000, 0.876, 0.851, 0.780);
    private const string Holdout35EndOfSession33Detail = "relevance tp 148, fp 0, fn 21; clustering P 0.935, R 0.782 (pairs tp 129, fp 9, fn 36); extraction P 0.873, R 0.706 (tp 199, fp 29, fn 83); without the outlet's country clustering 0.775 (P 0.838, R 0.721) and extraction 0.579; the session's rules together (cluster46, cluster47, cluster48, extract63, extract64, relev32; perf43 leaves every output as it was), not split by helper: relevance +1 item (0.870 at the first run), clustering +0.003 (P 0.934 -> 0.935, R 0.776 -> 0.782), extraction +0.008 (tp 196 -> 199, fp 30 -> 29); without the outlet's country clustering rose 0.749 -> 0.775 and extraction 0.574 -> 0.579";

    // Holdout 36's first run: measured by the lead on the final session-33 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 36 is session 34's unseen set (written in session 32; docs/holdout-36-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout36FirstRunCommit = "1a85eef";
    private static readonly Figures? Holdout36FirstRun = new(1.000, 0.964, 0.848, 0.766);
    private const string Holdout36FirstRunDetail = "relevance tp 163, fp 0, fn 6; clustering P 0.853, R 0.842 (pairs tp 139, fp 24, fn 26); extraction P 0.858, R 0.692 (tp 200, fp 33, fn 89); without the outlet's country clustering 0.813 (P 0.808) and extraction 0.552";
    private const string Holdout36FirstRunPending = "to be measured by the lead on the final session-33 code";

    // Holdout 36 measured by the lead at the end of session 34, on main at 2b2e53b (every session-34 signal merge and review
    // fix); it was session 34's unseen set and is a dev set from session 35 (its errors are printed).
    private static readonly Figures Holdout36EndOfSession34 = new(1.000, 0.964, 0.848, 0.766);
    private const string Holdout36EndOfSession34Detail = "relevance tp 163, fp 0, fn 6; clustering P 0.853, R 0.842 (pairs tp 139, fp 24, fn 26); extraction P 0.858, R 0.692 (tp 200, fp 33, fn 89); without the outlet's country clustering 0.813 (P 0.808, R 0.818) and extraction 0.552; the session's rules together (the lead's clause actions and goods 'cut' before flowers, extract68, budget65, relev33, cluster49; extract66 and extract67 merged no code), not split by helper: nothing moved -- every figure, count and error kind as at the first run, with and without the outlet's country, while the same rules moved extraction on eleven dev sets (h34 0.837 -> 0.858), relevance recall on holdout 35 (0.876 -> 0.935) and clustering on five";

    // Holdout 37's first run: measured by the lead on the final session-34 code (WATCHER_MEASURE_UNSEEN=1), then written
    // here with its commit and detail, and its floor below. Until then it is null and the report says it is not taken yet.
    // Holdout 37 is session 35's unseen set (written in session 33; docs/holdout-37-notes.md): its per-item errors are never
    // written to docs/quality.md.
    private const string Holdout37FirstRunCommit = "2b2e53b";
    private static readonly Figures? Holdout37FirstRun = new(0.981, 0.911, 0.907, 0.830);
    private const string Holdout37FirstRunDetail = "relevance tp 154, fp 3, fn 15; clustering P 0.930, R 0.885 (pairs tp 146, fp 11, fn 19); extraction P 0.904, R 0.767 (tp 217, fp 23, fn 66); without the outlet's country clustering 0.815 (P 0.917, R 0.733) and extraction 0.627 (P 0.879, R 0.488)";
    private const string Holdout37FirstRunPending = "to be measured by the lead on the final session-34 code";

    // Floors: the measured values (rounded down). Raise them when quality improves; never lower them silently.
    // cluster37 (session 27): a foreign headline alone joins its home's decision at its rate (StoryForeignCopy), a budget line
    // announced ahead is a proposal, TDI / MDI, "chillies": clustering floors raised on holdouts 13, 15, 19-28 (docs/quality.md).
    // Where a floor is below the target, the target is unmet and docs/quality.md says so.
    // Tuned relevance recall: lowered 0.98 -> 0.96 in session 8 (relev10) because carney-mx-1 and -2 were labelled `tariffs`
    // for a visit story whose only tariff sentence is background ("both countries face U.S. tariffs"), which the written
    // convention (docs/quality.md "How the set was built"; holdout-9 notes rule 14) and holdouts 3-9 label `summits` only.
    // In session 9 the two items were relabelled `summits` to follow that convention (the set predates it), and the floor
    // returned to 0.98.
    private static readonly Figures TunedFloor = new(1.00, 0.98, 1.00, 1.00);
    private static readonly Figures HoldoutFloor = new(1.00, 1.00, 1.00, 0.94);
    private static readonly Figures Holdout2Floor = new(1.00, 1.00, 1.00, 1.00);
    private static readonly Figures Holdout3Floor = new(1.00, 1.00, 1.00, 1.00);
    private static readonly Figures Holdout4Floor = new(1.00, 1.00, 1.00, 1.00);
    // cluster25 (session 18): leaders the entity catalogue lacked (asean-may), clustering 0.985 -> 1.000, floor 1.00.
    private static readonly Figures Holdout5Floor = new(1.00, 1.00, 1.00, 1.00);
    private static readonly Figures Holdout6Floor = new(1.00, 1.00, 0.94, 1.00);
    private static readonly Figures Holdout7Floor = new(1.00, 1.00, 0.97, 0.92);
    private static readonly Figures Holdout8Floor = new(1.00, 1.00, 0.91, 0.87);
    private static readonly Figures Holdout9Floor = new(1.00, 1.00, 0.95, 0.81);
    private static readonly Figures Holdout10Floor = new(1.00, 1.00, 0.92, 0.95);
    // cluster27 (session 20): a meeting read from two leaders acting together (EventExtractor.JointMeeting): sheinbaum-ottawa x2, clustering 0.982 -> 1.000, floor 1.00.
    private static readonly Figures Holdout11Floor = new(1.00, 0.96, 1.00, 0.83);
    // cluster25 (session 18): leaders the entity catalogue lacked (fj-in), clustering 0.907 -> 0.913, floor 0.91.
    // relev29 (session 30): a taxi's tariff four words away is a fare (oslotaxi), relevance P 0.992 -> 1.000, floor 1.00.
    private static readonly Figures Holdout12Floor = new(1.00, 0.98, 0.94, 0.88);
    // relev28 (session 29): talks on a tariff (g20-trade-ministers-2's "discussions on trade tensions, tariffs"), relevance R 0.993 -> 1.000, floor 1.00.
    // extract52 (session 29): goods a duty is taken off are the clause's subject, a domestic tax beside a duty no measure, extraction 0.797 -> 0.812, floor 0.81.
    private static readonly Figures Holdout13Floor = new(0.97, 1.00, 0.93, 0.81);
    // Holdout 14's relevance recall floor: 0.94 -> 0.95 in session 15 (relev15: duties by their abbreviations, 0.944 -> 0.958).
    // cluster24: ecowas-summit and caricom-feb copies join (forum membership, forum words, a forum meeting key), clustering 0.851 -> 0.866, floor 0.86.
    // goods29 (session 17): a goods test on every reader's items, extraction 0.789 -> 0.794, floor 0.79.
    // extract34 (session 20): a headline's goods list without "and" (ru-unfriendly-2), extraction 0.799 -> 0.802, floor 0.80.
    // cluster27 (session 20): a meeting read from two leaders acting together (EventExtractor.JointMeeting): ke-jp-visit, clustering 0.866 -> 0.871, floor 0.87.
    // extract38 (session 22): a word pointing back takes the one list in scope (us-robots-1 "Those from the European Union and Japan", +2 right),
    // extraction 0.808 -> 0.824, floor 0.82.
    // extract37 (session 22): "RD on used cars slashed to 20pc" (a bare duty abbreviation), extraction 0.808 -> 0.811, floor 0.81.
    // extract41 (session 23): extraction 0.827 -> 0.835 (in-us-deal-2: a later clause's goods given to the next rate), floor 0.83.
    // relev34 (session 35): a trade pact signed at a summit is a tariff story (eu-mx-summit-3), relevance R 0.965 -> 0.972, floor 0.97.
    private static readonly Figures Holdout14Floor = new(0.97, 0.97, 0.88, 0.84);
    // cluster25 (session 18): leaders the entity catalogue lacked (lk-vn-visit x2), clustering 0.770 -> 0.781, floor 0.78.
    // extract31 (session 19): goods to face a duty under the outlet's country (mv-energydrinks-2, +2 right), extraction 0.717 -> 0.724, floor 0.72.
    // cluster27 (session 20): a meeting read from two leaders acting together or one speaking with the other (EventExtractor.JointMeeting):
    // my-id-consult, br-in-call x2, clustering 0.781 -> 0.798, floor 0.79.
    // extract33 (session 20): lede measures of parties both items name no longer disagree: t15-jp-koh joins, clustering 0.781 -> 0.793, floor 0.79.
    // cluster27 + extract33 merged (lead): clustering 0.809 (+5 true pairs together), extraction 0.728; floor 0.80.
    // extract40 (session 23): goods that will pay a duty, as the outlet's (ec-beer-2, cm-cosmetics-2), extraction 0.728 -> 0.734, floor 0.73.
    // action36 (session 26): a tariff threatened is a proposal, a bill passed a decision (us-dk threat / impose, np-apples), clustering 0.827 -> 0.849 (P 0.877 -> 0.930), floor 0.84.
    // extract48 (session 26): a sentence's own goods over carried ones (kw-tobacco-3), extraction 0.738 -> 0.741, floor 0.74.
    // merge50 (session 27): two named origins are never one measure (pk-sorbitol CN, us-fj VU), extraction 0.741 -> 0.749; pk-sorbitol-1
    // and -3 join, clustering 0.849 -> 0.855, floor 0.85.
    // extract56 (session 30): goods from outside Mercosur are on every origin, the member's (uy-emoto-2), extraction 0.749 -> 0.758, floor 0.75.
    private static readonly Figures Holdout15Floor = new(0.99, 0.98, 0.86, 0.75);
    // Holdout 16's extraction floor: 0.68 from its first run (0.686); the session-14 code measured 0.677 on it (precision
    // 0.794 -> 0.762: the session's rules added 7 spurious measures and 1 right one), so the floor is the measured 0.67 —
    // lowered openly, the loss is reported in docs/quality.md and the session-14 note. Session 15's world gazetteer (every UN
    // member state in the entity catalogue) raised it to 0.697 (clustering 0.771), goods tables with a code column to 0.718.
    // Its relevance recall floor: 0.87 -> 0.91 in session 15 (relev15: talks on a trade agreement, the dropped-e forms of the
    // change verbs and duties by their abbreviations, 0.877 -> 0.914). With goods28's goods reader and extract27's readers its
    // extraction is 0.757; cluster21's guards against holdout 16's false links lifted its clustering to 0.878 (P 1.000).
    // components16 (session 16): a country named only in a clause about the measure is no origin: extraction 0.762, clustering 0.882.
    // fix16c (session 16 review): "rise"/"rose" no longer read as "raise" (a quantity rises; the reviewer's false merges), so
    // the headline-only lc-budget pair cluster22 joined through "to rise" splits again: clustering 0.882 -> 0.874, floor 0.87,
    // lowered openly (docs/quality.md "Session 16 (fix16c)").
    // cluster23 (session 17): a government's budget of one year is one story (StoryFingerprint.HeadlinesNameSameBudget): the
    // ag/gy/lc budget speeches join their headlines and live blog, clustering 0.874 -> 0.914, floor 0.91.
    // goods29 (session 17): verbs before a tariff word are no goods, extraction 0.765 -> 0.776, floor 0.77.
    // extract29 (session 17): specific duties in rupiah and a cess on imported goods (h16-id-towels-1/2): extraction 0.765 -> 0.772.
    // goods29 + extract29 together: 0.782, floor 0.78.
    // cluster25 (session 18): leaders the entity catalogue lacked (eac-summit x3), clustering 0.914 -> 0.926, floor 0.92.
    // extract34 (session 20): a headline's goods list without "and" (py-apparel-2), extraction 0.790 -> 0.793, floor 0.79.
    // Session 21 (relev21): relevance recall floors raised on holdouts 16, 17, 18, 20, 21 and 22 and holdout 22's precision floor
    // (compensatory quotas, budget duties, duty-free goods, signings, calls; docs/quality.md "Session 21 (relev21)").
    // extract41 (session 23): extraction 0.799 -> 0.802 (lc-budget-3: "pork cuts and sausages"), floor 0.80.
    // Session 26 (relev25): relevance recall floors raised on holdouts 16, 17, 18, 21, 24, 25 and 26 and holdout 21's precision
    // floor (trade-remedy and customs terms, goods a tariff headline names, parts and phones beside a service word, trade
    // consultations, trade offices, a leader in another country's capital; docs/quality.md "Session 26 (relev25)").
    // extract52 (session 29): the same, extraction 0.807 -> 0.816, floor 0.81.
    // relev29 (session 30): a port's tariffs are its charges (colombo-port), relevance P 0.994 -> 1.000, floor 1.00.
    // extract57 (session 31): schedule steps and a duty per square metre, extraction 0.821 -> 0.830 (towels-1 +3), floor 0.83.
    // Together (session 31, lead, after extract59): extraction 0.8429 (extract57's schedule steps + extract59's round-ups), floor 0.84.
    private static readonly Figures Holdout16Floor = new(1.00, 0.93, 0.93, 0.84);
    // components16: 0.691 -> 0.705 (two items of its own "every origin read as a country" kind, the rule's words read from them).
    // (session 16, extract28: a charge laid "on" goods and a duty that moves to a stated rate as the outlet's border measure, holdout 17
    // extraction 0.691 -> 0.703, holdout 14 0.780 -> 0.784, holdout 16 0.757 -> 0.760; with components16 and the lead's case goods 0.727)
    // fix16c: clustering 0.884 -> 0.890 (bd-finance-act's pair joins again once "rise" is no "raise"), floor 0.89.
    // cluster23: bd-budget's "What gets costlier" copy joins its budget, clustering 0.890 -> 0.902, floor 0.90.
    // extract30 (session 18): bare figures under a heading in per cent in a goods table (mx-decree-1), extraction 0.729 -> 0.741, floor 0.74.
    // extract41 (session 23): extraction 0.741 -> 0.756 (+5 right: lists after a dash or colon, a last item with a participle), floor 0.75.
    // cluster34 (session 25): one pair's visit or call by its two countries, an office with no demonym the outlet's (jp-vn-visit x2,
    // mx-in-call x2), clustering 0.907 -> 0.929, floor 0.92.
    // action36 (session 26): a tariff "back" is reinstated, apart from the cut it ends (no-cauliflower), clustering 0.929 -> 0.939, floor 0.93.
    // extract56 (session 30): a remedy's origin named after "other suppliers of" is no imposer (jp-carbonblack-1), extraction 0.762 -> 0.771, floor 0.77.
    private static readonly Figures Holdout17Floor = new(1.00, 0.96, 0.93, 0.77);
    // cluster23: the lk and tt budgets' speech, live blog and copies join, clustering 0.862 -> 0.891, floor 0.89.
    // cluster24: a member's delegation headline joins its forum's summit (apec x3, gcc, ecowas x3), clustering 0.891 -> 0.919, floor 0.91.
    // goods29 (session 17): a goods test on every reader's items, extraction 0.750 -> 0.775, floor 0.77.
    // extract29 (session 17): specific duties in more currencies, a cess on imported goods, margin lists one origin to a line:
    // extraction 0.750 -> 0.798 alone (the rules' words read from this set; out of sample holdout 15 +1, holdout 16 +2, no spurious).
    // goods29 + extract29 together: 0.822 (P 0.900, R 0.757), floor 0.82.
    // cluster25 (session 18): leaders the entity catalogue lacked (ng-gh-visit), clustering 0.919 -> 0.923, floor 0.92.
    // extract36 (session 21): list items after a use ("washing machines", us-court-1), extraction 0.827 -> 0.833, floor 0.83.
    // extract40 (session 23): co-sheet-2 (goods to pay a duty), th-coated-2 (a country adjective before the duty), extraction 0.835 -> 0.841, floor 0.84.
    // extract41 (session 23): extraction 0.835 -> 0.840 (sb-parliament-2: a later clause's goods given to the next rate), floor 0.84.
    // extract40 + extract41 merged (lead, session 23): clustering 0.938 -> 0.945 (moved by the extraction merges alone), extraction 0.846, floor (0.94, 0.84).
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.868 -> 0.871, floor 0.87.
    private static readonly Figures Holdout18Floor = new(0.99, 1.00, 0.95, 0.87);
    // relev16 (session 18): relevance kinds of holdouts 19 and 17 widened in general (trade-war parties, service-price veto by
    // proximity, coalition summits, leaders' calls, remedy notices, '25pc'): holdout 19 0.965/0.884 -> 1.000/0.948, holdout 17
    // 0.964/0.893 -> 1.000/0.920; out of sample h11 R 0.954 -> 0.966, h12 P 0.984 -> 0.992, h13 R 0.978 -> 0.993, h14 R 0.958 -> 0.965,
    // h18 0.986/0.942 -> 0.993/0.955; floors raised to match.
    // extract30 (session 18): table rows one sentence, goods-table cells (per-cent headings, Nil, a lead-in of rates), goods as the subject
    // of a charge; extraction 0.674 -> 0.738 (the readers' shapes read from this set), clustering 0.774 -> 0.802 (P 1.000: tr-mx-retaliation-2
    // reads its measures and leaves the air-fryer story), floors 0.80 / 0.73.
    // goods30 (session 18): goods named by reference, each rate's own clause, heads for live animals, noodles and seating:
    // extraction 0.674 -> 0.707 alone (the rules read from this set; out of sample holdout 14 +1, holdout 16 +1, none newly wrong).
    // extract30 + goods30 together (lead, merged): extraction 0.769 (P 0.838, R 0.711), floor 0.76.
    // extract31 (session 19): headlines of the outlet's own measure (goods to face a duty; a goods word's tariff cut to a rate):
    // extraction 0.769 -> 0.770 (ar-shoes-3: +1 right, +1 spurious: its 20% read for sportswear, not footwear), floor 0.77.
    // extract32 + extract33 (session 20, merged on 20f89d7): "countries with which X does not have a trade agreement", an origin named
    // as the cause, a later clause's own rate: extraction 0.770 -> 0.808 (+7 right, -8 spurious), floor 0.80.
    // extract33 + extract34 merged (lead): extraction 0.814 (P 0.879, R 0.758), floor 0.81.
    // extract35 (session 21): a headline that is a duty named with its rate and goods is the outlet's (pk-rd-3, au-ammonium-3), extraction 0.814 -> 0.820, floor 0.82.
    // relev24 (session 23): a trade minister by full office ("commerce ministers hold talks" beside "Minister of Commerce"), relevance R 0.948 -> 0.955, floor 0.95.
    private static readonly Figures Holdout19Floor = new(1.00, 0.95, 0.86, 0.83);
    // extract31 (session 19): "nothing read" headlines read as the outlet's own measure, extraction 0.654 -> 0.662 (+3 right,
    // +1 spurious: vn-melamine-3's goods read as "goods"), floor 0.66.
    // goods31 + extract31 merged (lead): floor 0.67 (goods31 alone 0.671).
    // extract34 (session 20): a headline's goods list without "and" (sa-marble-2, br-resins-3), extraction 0.676 -> 0.682, floor 0.68.
    // extract36 (session 21): a table row's goods column (in-cyanide-1, 4 rows), extraction 0.682 -> 0.700, floor 0.70.
    // extract36: list items after a material ("bolts and nuts of iron or steel", za-fasteners x2), 0.700 -> 0.712, floor 0.71.
    // extract38 (session 22): goods named by their predicate (a price change, charged makers): gh-pads-2, pk-budget-4, au-wheels-3, extraction 0.712 -> 0.726, floor 0.72.
    // extract40 (session 23): my-solarglass-2 (a remedy taking effect), cn-ppe-3 (a country adjective before the duty), extraction 0.729 -> 0.735, floor 0.73.
    // extract41 (session 23): extraction 0.729 -> 0.732 (ke-budget-2), floor 0.73.
    // extract51 (session 28): a remedy table's dumping and subsidy columns, two measures a row, and the table's goods (ca-strapping-1 x4), extraction 0.758 -> 0.772, floor 0.77.
    // extract57 (session 31): schedule steps and a duty per square metre, extraction 0.780 -> 0.798 (carpets-1 +6, carpets-2 +1), floor 0.79.
    // Together (session 31, lead, after extract59): extraction 0.807, floor 0.80.
    private static readonly Figures Holdout20Floor = new(0.97, 0.97, 0.96, 0.80);
    // extract34 (session 20): a headline's goods list without "and" (5 items) and goods named by example (br-us-talks-2), extraction
    // 0.743 -> 0.761 (+7 right, -1 spurious), floor 0.76; br-us-talks-2 then joins its story, clustering 0.894 -> 0.904, floor 0.90.
    // cluster27 (session 20): a meeting read from two leaders acting together (EventExtractor.JointMeeting): ke-cn-visit x2, clustering 0.894 -> 0.904 alone;
    // both merged (lead): clustering 0.913 (R 0.840), floor 0.91.
    // extract37 (session 22): firm tables' rest rows, the general duty beside a remedy on every origin, extraction 0.761 -> 0.771, floor 0.77.
    // cluster34 (session 25): one pair's officials' talks by its two countries (kr-mx-talks x2), clustering 0.936 -> 0.945, floor 0.94.
    // extract52 + probe29 (session 29): goods taken off a duty; the outlet's own people by its demonym, extraction 0.787 -> 0.793, floor 0.79.
    // extract61 (session 32): a rate called the earlier level (pk-rd-cosmetics-1), extraction 0.799 -> 0.801, floor 0.80.
    // relev32 (session 33): a country pressing another, the talks in the text (kr-mx-talks-1), relevance R 0.987 -> 0.994, floor 0.99.
    // relev34 (session 35): a CEPA signed is a tariff story (cl-in-visit-3), relevance R 0.994 -> 1.000, floor 1.00.
    private static readonly Figures Holdout21Floor = new(0.98, 1.00, 0.97, 0.80);
    // extract36 (session 21): a table row's goods column (in-acetate-tow-1, 3 rows), extraction 0.697 -> 0.709, floor 0.70.
    // extract36: list items after a use ("colouring crayons", co-pencils-1), 0.709 -> 0.714, floor 0.71.
    // extract35 (session 21): a headline that is a duty named with its rate and goods is the outlet's (th-mosaic-2, mv-plastics-2, pk-appliances-3, om-steel-doors-3), extraction 0.697 -> 0.710 (0.7099), floor 0.70.
    // extract35 + extract36 merged (lead): extraction 0.727 (P 0.874, R 0.623), floor 0.72.
    // cluster28 (session 21): follow-ups apart from the story they update (an extension, a suspended rise, a visit announced
    // after a call), clustering 0.799 -> 0.842 (P 0.856 -> 0.940, R 0.748 -> 0.762), floor 0.84.
    // extract38 (session 22): the one list in scope for "already applicable on the items" (pk-appliances-1, +2 right), extraction 0.727 -> 0.735, floor 0.73.
    // cluster29 (session 22): home-word index key + four-word headlines, clustering 0.842 -> 0.855, floor 0.85.
    // extract37 (session 22): the same two rules, extraction 0.727 -> 0.732, floor 0.73.
    // extract37 + extract38 + cluster29 + relev22 merged (lead): extraction 0.740 (P 0.885, R 0.637), floor 0.74.
    // extract40 + extract41 merged (lead, session 23): extraction 0.772, floor 0.77.
    // action36 (session 26): an additional duty lifted is removed, apart from its imposition (tr-pianos-drop), clustering 0.872 -> 0.892, floor 0.89.
    // extract49 (session 27): the duty a remedy is added to, on every origin (id-insulators-1), extraction 0.779 -> 0.783, floor 0.78.
    // relev26 (session 27): two countries signing an FTA in the headline (cl-th-fta-2, -3), relevance R 0.958 -> 0.970 (161/166, 0.9699), floor 0.96.
    // cluster38 (session 28): a foreign headline alone at its specific duty's amount (pe-zippers-2 x2), clustering 0.905 -> 0.913, floor 0.91.
    // extract64 (session 33): "the N% tariff that X applies to Y" names the rate's imposer, target and goods, extraction 0.809 -> 0.813 (no-us-call-1), floor 0.81.
    // cluster49 (session 34): Spanish "Bajan al N%" is a cut, not Barbados (ar-strollers-3 joins, +2 pairs), clustering 0.917 -> 0.925, floor 0.92.
    private static readonly Figures Holdout22Floor = new(1.00, 0.96, 0.92, 0.81);
    // extract38 (session 22): goods named by their predicate (np-budget-2, bd-budget-2 x2, eu-sewing-3), extraction 0.778 -> 0.790, floor 0.79.
    // relev22 (session 22): relevance recall 0.959 -> 0.994 (trims/hikes customs, Norwegian "Tollen", Spanish "Cumbre", two countries' ministers), floor 0.99.
    // cluster29 (session 22): clustering 0.821 -> 0.834, floor 0.83.
    // extract37 (session 22): firm tables' rest rows, the general duty beside a remedy, "duty on X up to N%" headlines, extraction
    // 0.778 -> 0.798 (P 0.870 -> 0.887, R 0.704 -> 0.725); a bare "RD" headline, 0.7999 (R 0.728; printed 0.800); floor 0.79.
    // extract37 + extract38 merged (lead): extraction 0.812 (P 0.899, R 0.741), floor 0.81.
    // relev23 (session 22): a metro and bus fare is no tariff (h23-neg-tbilisi-metro-1), relevance precision 0.977 -> 0.983, floor 0.98.
    // extract39 (session 22): duty headlines alone in Spanish, Portuguese or French, extraction 0.812 -> 0.822, floor 0.82.
    // action36 (session 26): a duty lifted to a level is raised, a backtrack on a hike a cut (br-routers-revert), clustering 0.842 -> 0.853, floor 0.85.
    // extract51 (session 28): a remedy table's dumping and subsidy columns, two measures a row (ca-brakes-1), extraction 0.827 -> 0.831, floor 0.83.
    // cluster39 (session 29): a leader's trip ("Hun Manet to travel to Washington …") is no copy of the leaders' call (us-kh-visit-2:
    // +1 true, -3 false), clustering 0.865 -> 0.879, floor 0.87.
    // cluster40 (session 30): a foreign headline alone with no home at its ruling's amount to the cent (mx-crowncorks-3, +2), clustering
    // 0.879 -> 0.887, floor 0.88 on its branch. With extract54 (session 30) the Spanish headline mx-crowncorks-3 reads its per-unit
    // duty and splits again: 0.879 together, floor 0.87 until the two rules are reconciled.
    // cluster41 (session 30): a foreign headline alone at its ruling's amount per unit, imposer and origin does not disagree with the
    // ruling's measure for naming its goods in Spanish (mx-crowncorks-3 joins again, +2), clustering 0.879 -> 0.887, floor 0.88.
    // extract57 (session 31): schedule steps and a duty per square metre, extraction 0.837 -> 0.841 (luggage-1 +2), floor 0.84.
    // relev31 (session 32): a tariff in the background of a leaders' or summit headline (g7-summit-1, sadc-summit-2), relevance P 0.983 -> 0.994, floor 0.99.
    // extract61 (session 32): a remedy's later origin after "and the Socialist Republic of" (th-wallpaper-1), extraction 0.850 -> 0.853, floor 0.85.
    private static readonly Figures Holdout23Floor = new(0.99, 0.99, 0.89, 0.85);
    // relev23 (session 22): transport fares, French and Indonesian import duties, tariff suspensions, the CIS and Ibero-American
    // summits, a leaders' call and visit named by office, ministerial talks: relevance P 0.966 -> 0.981, R 0.862 -> 0.928, floor (0.98, 0.92).
    // cluster30 (session 22): a home's headline-only copy of its every-origin measure (sa-incense, pg-budget), clustering 0.706 -> 0.728, floor 0.72.
    // extract39 (session 22): the same rule, extraction 0.716 -> 0.738, floor 0.73.
    // extract41 (session 23): extraction 0.738 -> 0.740 (+1 right, measured blind before its errors were read), floor 0.74.
    // relev24 (session 23): Spanish compensatory quotas with their amount (h24-mx-drillbits-2), relevance R 0.928 -> 0.934, floor 0.93.
    // merge50 (session 27): two named origins are never one measure — in-pe-mandarins-1 and -2 join, clustering 0.749 -> 0.754, floor 0.75
    // (extraction 0.749 -> 0.748: the IN>PE reading, its goods "goods", is no longer hidden in the spurious IN>ZA one).
    // relev24 (session 23): 13 of its 19 relevance misses by kind (docs/quality.md "Session 23 (relev24)"), R 0.887 -> 0.964, floor 0.96.
    // action36 (session 26, measured blind): a duty returned or a hike reversed beside a duty kept is not the raise (br-espresso-revert), clustering 0.800 -> 0.826, floor 0.82.
    // extract48 (session 26, blind): a sentence's own goods over generic ones (jo-rainwater-1, bt-radish-lift-1 x2), extraction 0.721 -> 0.731, floor 0.73.
    // extract49 (session 27, measured blind): the duty a remedy is added to, on every origin (kr-ptfe-1 x2, mx-socks-2), extraction 0.772 -> 0.784, floor 0.78.
    // extract49 (session 27): the duty a remedy is added to, on every origin, under the remedy's imposer (14 labels), extraction 0.646 -> 0.700, floor 0.70.
    // relev26 (session 27): an EPA signed in the headline (kr-uz-cepa-3), Indecopi's duty per kilo (pe-bondpaper-3), relevance R 0.958 -> 0.970, floor 0.97.
    // relev26 (session 27, blind): the D-8 and Caspian summits in a capital (d8-summit-1, caspian-summit-1, -2), relevance R 0.929 -> 0.947, floor 0.94.
    // relev26 (session 27): forums' leaders meeting in a place and summits in a capital, heads by office or capital, trade ministers,
    // Indecopi (13 of 24 misses), relevance R 0.860 -> 0.936, P 0.980 -> 0.982, floor 0.93.
    // relev27 (session 28, measured blind): two heads by office talking (us-lk-call-3; us-jo-call-2, -3), a budget headline over
    // duties changed to a rate (gy-budget-3, vc-budget-3): relevance R 0.947 -> 0.953 (h26), 0.922 -> 0.934 (h27), 0.936 -> 0.948 (h28);
    // then, not blind, the phone-plan NOT's rescue by two heads by office (us-lk-call-3's tariffs): h26 0.953 -> 0.959; floors 0.95, 0.93, 0.94.
    // relev27 (session 28): heads by office, a foreign summit with heads by office, a hotel called Summit, a quota in dollars per kilo,
    // "BCD on", a budget's duty lines, "carina na" (8 of 15 misses, 1 of 2 false positives), relevance R 0.911 -> 0.958, P 0.987 ->
    // 0.994, floor (0.99, 0.95); holdout 25 +1 (us-mu-call-3), R 0.970 -> 0.976, floor 0.97.
    // cluster38 (session 28): a foreign headline alone at its specific duty's amount or with a Portuguese "direitos" (pe-blankets-3,
    // cv-desal-3 x2 each), clustering 0.858 -> 0.874, floor 0.87.
    // cluster38 (session 28, measured blind): a foreign headline alone at its specific duty's amount or in more words (pe-sandals, +1), clustering 0.768 -> 0.773, floor 0.77.
    // cluster38 (session 28, measured blind): the same (ar-hairstraighteners-3, pe-ballpoint-3, +4), clustering 0.773 -> 0.789, floor 0.78.
    // cluster38 (session 28): a foreign headline alone at its specific duty's amount (co-machetes-3, pe-boots-3), with a Portuguese
    // "direito" (cv-tampons-3), in Dutch with "procent" (sr-duties-3), +8, clustering 0.851 -> 0.882, floor 0.88.
    // extract51 (session 28): a remedy table's dumping and subsidy columns, two measures a row: holdout 24 (ca-vanities-1) 0.748 -> 0.752, floor
    // 0.75; holdout 27 (measured blind: ca-breakers-1 x2, gb-biodiesel-1) 0.747 -> 0.754, floor 0.75.
    // relev28 (session 29, measured blind): a head by office on a call naming another country (us-lk-call-2), Indonesia's "BMTP"
    // (id-eyeglass-3): relevance R 0.959 -> 0.970, floor 0.97.
    // probe29 (session 29): the outlet's own people by its demonym name it as the home: holdout 24 (mn-vodka-2, id-sparkplugs-2 x2)
    // 0.756 -> 0.763, floor 0.76; holdout 26 (np-budget-1 x5, co-headphones-2 x2, in-pears-2 x2, bd-mustard-2, one spurious there at the
    // right rate with generic goods) 0.795 -> 0.816, floor 0.81; holdout 27 (measured blind: in-cloves-2) 0.758 -> 0.761, floor 0.76.
    // extract52 (session 29): goods taken off a duty: holdout 25 0.738 -> 0.742, floor 0.74.
    // extract53 (session 29): a list opened by customs deposits or margins, an origin's firms' top rate: holdout 25 +2, holdout 26 +3
    // (with probe29 0.816 -> 0.823, floor 0.82), holdout 22 +2 (0.785 -> 0.792 with probe29, floor 0.79).
    // extract57 (session 31): a remedy the goods face in a headline, extraction 0.765 -> 0.770 (vanities-2, staples-2), floor 0.77.
    // Together (session 31, lead, after extract59): extraction 0.781, floor 0.78.
    // relev31 (session 32): a tariff in the background of a leaders' or summit headline (apec-summit x2), relevance P 0.988 -> 1.000, floor 1.00.
    // extract64 (session 33): "the N% tariff that X applies to Y" names the rate's imposer, target and goods, extraction 0.787 -> 0.791 (in-pe-mandarins-1), floor 0.79.
    // cluster47 (session 33): a budget headline's duty line joins its home's budget (gh-budget, zm-budget: +4 pairs), clustering 0.769 -> 0.789, floor 0.78.
    // cluster49 (session 34): Spanish "Bajan al N%" is a cut, not Barbados (ar-powertools 2/3), clustering 0.789 -> 0.794, floor 0.79.
    // relev34 (session 35): a bare "Visite à" a capital over the head going there (us-mg-visit-2), a levy cut to Rs. per kg (lk-budget-3), relevance R 0.976 -> 0.988, floor 0.98.
    // extract70 (session 35): "the rate(s) on G remain(s)" kept rates (br-scanners-revert-1, -3) and the all-others row (mx-drillbits-1), extraction 0.791 -> 0.804, floor 0.80.
    private static readonly Figures Holdout24Floor = new(1.00, 0.98, 0.79, 0.80);
    // extract56 (session 30): goods from outside Mercosur are on every origin, the member's (ar-optics-1), extraction 0.747 -> 0.753, floor 0.75.
    // extract56 continued (session 30): each range takes the origin it is stated for after its basis, a firm name's country no party: th-lockers-1 +2,
    // extraction 0.763 -> 0.771, floor 0.77.
    // Together (session 31, lead, after extract59): clustering 0.8935 (cluster42 + cluster43 + extract59), floor 0.89.
    // extract58 (session 31): a live blog's posting time is no part of the sentence (in-budget-3, jm-budget-3 x2), extraction
    // 0.771 -> 0.782, floor 0.78.
    // extract62 (session 32): extract58 merged onto main, extraction 0.776 -> 0.787, floor 0.78.
    // cluster47 (session 33): a budget headline's duty line joins its home's budget (bb-budget: +2 pairs), clustering 0.893 -> 0.901, floor 0.90.
    // relev32 (session 33): a country pressing another, the call in the text (us-mu-call-2), relevance R 0.976 -> 0.982, floor 0.98.
    // extract68 (session 34): a verbless goods conjunct after the rate before's tail (ar-optics-1), extraction 0.789 -> 0.791, floor 0.79.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.789 -> 0.792, floor 0.79.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X", extraction 0.795 -> 0.801, floor 0.80.
    private static readonly Figures Holdout25Floor = new(1.00, 0.98, 0.90, 0.80);
    // cluster40 (session 30): a foreign headline alone with no home at its ruling's amount to the cent (mx-socks-3, +2), clustering
    // 0.804 -> 0.812, floor 0.81.
    // relev29 (session 30): a railway's passenger tariffs (sgr-fares), the D-8 and CPLP summits by the forums the catalogue lacked:
    // relevance P 0.994 -> 1.000, R 0.970 -> 0.982, floor (1.00, 0.98); the D-8 as a forum joins d8-summit's copies (+2 pairs),
    // clustering 0.804 -> 0.812, floor 0.81.
    // Together (session 30, lead): cluster40's, extract54's and relev29's joins add up, clustering 0.804 -> 0.820, floor 0.82.
    // extract56 continued (session 30): each range takes the origin it is stated for after its basis, a firm name's country no party: th-particleboard-1
    // +2, extraction 0.831 -> 0.838, floor 0.83.
    // extract57 (session 31): a remedy the goods face in a headline, extraction 0.838 -> 0.840 (tape-3), floor 0.84.
    // extract58 (session 31): a posting time (np-budget-3 x2), a rate on "most other goods" keeps "goods" (us-lk-call-1), extraction
    // 0.838 -> 0.849, floor 0.84.
    // extract62 (session 32): extract58 merged onto main, extraction 0.848 -> 0.859, floor 0.85.
    // cluster49 (session 34): Spanish "Bajan al N%" is a cut, not Barbados (ar-fishing 2/3), clustering 0.847 -> 0.850, floor 0.85.
    // extract70 (session 35): kept rates (br-paracetamol-revert-1) and the all-others row (mx-socks-1), extraction 0.859 -> 0.869, floor 0.86.
    private static readonly Figures Holdout26Floor = new(1.00, 0.98, 0.85, 0.86);
    // relev29 (session 30): burial and pay-TV tariffs (kigali-burial, startimes-paytv), the ECO's summit by its full name:
    // relevance P 0.975 -> 0.987, R 0.934 -> 0.940 (0.9398), floor (0.98, 0.93).
    // extract56 (session 30, blind): extraction 0.766 -> 0.790 (floor 0.78), th-innertubes-1's copies join (clustering 0.773 -> 0.781, floor 0.78).
    // relev30 (session 31): a monarch by his style visiting a capital (us-jo-visit-1, -3), relevance R 0.940 -> 0.952, floor 0.95.
    // relev31 (session 32): a tariff in the background of a leaders' headline (threeseas-summit-3), relevance P 0.988 -> 0.994, floor 0.99.
    // lead (session 34): "cut" before flowers is goods, no verb (az-flowers-1: three labels), extraction 0.798 -> 0.806, floor 0.80.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.806 -> 0.813, floor 0.81.
    // relev34 (session 35): Gecex with its imposto or tarifa in Portuguese (br-lamps-3, br-lamps-cut-3), relevance R 0.958 -> 0.970 (0.9699), floor 0.96.
    private static readonly Figures Holdout27Floor = new(0.99, 0.96, 0.81, 0.81);
    // extract50 + extract51 together (session 28, lead): h28 extraction 0.704 -> 0.714, h29 0.732 -> 0.771 (each alone 0.709 / 0.769,
    // 0.709 / 0.735: their items do not overlap), floors 0.71 and 0.77.
    // cluster39 (session 29, measured blind): a leader's trip is no copy of the call (tg-us-visit-1, -1 false), clustering 0.789 -> 0.792, floor 0.79.
    // extract53 (session 29, measured blind but its item named in extract51's section): cn-resorcinol-1's deposit list +2.
    // extract52 (session 29, blind but for one quoted sentence): duty-free goods after a duty is removed (bm-budget-2), extraction 0.714 -> 0.720, floor 0.72.
    // cluster40 (session 30, measured blind): the same rule (mx-glasstableware-3, +2), clustering 0.792 -> 0.800, floor 0.80.
    // extract56 (session 30, blind): eg-officechairs-1 +2, extraction 0.730 -> 0.734, floor 0.73.
    // extract57 (session 31): schedule steps and a duty per square metre, extraction 0.734 -> 0.744 (tarpaulins-1 +3, tarpaulins-2 +1), floor 0.74.
    // cluster42 + cluster43 together (session 31, lead): clustering 0.882 -> 0.912 (blind for both), floor 0.91.
    // relev30 (session 31): a tariff whose only trade cue is a place (nairobi-parking, momo-tariffs), relevance P 0.982 -> 0.994, floor 0.99.
    // relev31 (session 32): b9-summit-2's background tariff, an FTA signed in Serbian (rs-my-fta-3), relevance 0.994 / 0.958 -> 1.000 / 0.964, floor (1.00, 0.96).
    // extract58 (session 31): a rate on "most other goods" keeps "goods" (v4-summit-2), extraction 0.734 -> 0.738, floor 0.73 (unchanged).
    // extract62 (session 32): extract58 merged onto main, extraction 0.749 -> 0.753, floor 0.75.
    // extract61 (session 32): a customs union's nomenclature no party (ar-watches-1), hammocks-1's goods, extraction 0.749 -> 0.759, floor 0.75.
    // Together (session 32, lead, after extract61 + extract62): extraction 0.7626, floor 0.76.
    // cluster48 (session 33): a summit's headline in another language reads its meeting and its city ("Vertice … a Dubrovnik"),
    // clustering 0.831 -> 0.842, floor 0.84.
    // relev32 (session 33): a country pressing another, the call in the text (tg-us-call-2), relevance R 0.948 -> 0.953, floor 0.95.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.766 -> 0.778, floor 0.77.
    // relev34 (session 35): Algeria's DAPS (dz-deodorants-3, dz-shavingfoam-lift-3), goods "now duty-free" (np-cookstoves-3), relevance R 0.953 -> 0.971, floor 0.97.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X", extraction 0.778 -> 0.782, floor 0.78.
    private static readonly Figures Holdout28Floor = new(0.99, 0.97, 0.84, 0.78);
    // relev32 (session 33): a country pressing another, the talks in the text (mz-mw-talks-2), relevance R 0.964 -> 0.970, floor 0.97.
    // extract63 (session 33): extract60's remedy rate after its origin, retried on extract61's formal names (eg-whiteboards-1, -final-1 x2), extraction 0.800 -> 0.809, floor 0.80.
    // extract68 (session 34): a verbless goods conjunct after the rate before's tail (sr-duties-2: +3, -1 spurious), extraction 0.809 -> 0.818, floor 0.81.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.809 -> 0.820, floor 0.81.
    // Together (session 35, lead): extraction 0.827 (extract69 + extract70 + relev34 + cluster50), floor 0.82.
    private static readonly Figures Holdout29Floor = new(1.00, 0.97, 0.91, 0.82);
    // relev28 (session 29): foreign duty words, a Spanish duty per unit, deposits, budget lines, talks on a tariff, heads by office
    // with a counterpart, on a call or a visit, a region's and a format's leaders, two capitals in talks, an audience's summit (17 of
    // 18 misses, the 1 false positive): relevance P 0.993 -> 1.000, R 0.892 -> 0.994, floor (1.00, 0.99).
    // cluster39 (session 29): "(translated)" is no topic word (pe-balloons / ua-twine, -6 false), a leader's trip is no copy of the call
    // (sl-us-visit-2, -3 false), Icelandic "tollar" (is-sausages-3, +2), clustering 0.789 -> 0.823 (P 0.862 -> 0.927), floor 0.82.
    // extract53 (session 29): the same, +2 (0.745 -> 0.751), floor 0.75.
    // cluster40 (session 30): "originating", "resolution" and "decree" are no topic words (in-pentaerythritol / co-hairbrushes, -6 false), two
    // summits sharing only a summit's words (aes-summit / entente-summit, -2 false), a foreign headline alone with no home at its ruling's
    // amount (mx-coolerboxes-3, +2), clustering 0.830 -> 0.859 (P 0.878 -> 0.929), floor 0.85.
    // extract54 (session 30): a Spanish remedy duty per unit after a bare "derechos" / "cuota" / "antidumping" and deposits of a rate on
    // goods: holdout 19 0.829 -> 0.835 (floor 0.83), holdout 26 clustering 0.804 -> 0.812 (the socks copies join, floor 0.81), holdout 29
    // (blind) 0.776 -> 0.791 (floor 0.79), holdout 30 0.753 -> 0.765 (floor 0.76), holdout 31 0.750 -> 0.762 (floor 0.76).
    // Together (session 30, lead): extract55's own-conjunct goods and extract54's rules add up, holdout 31 extraction 0.750 -> 0.773
    // (tp 198, fp 33, fn 83), floor 0.77; clustering 0.851 (cluster40 alone 0.859: with extract54 the Spanish headline mx-coolerboxes-3
    // reads its per-unit duty and the amount rule no longer reaches it, as on holdout 23).
    // relev29 (session 30): a ride's, an entry's, a ticket's and a helicopter service's tariffs, a gathering's background tariff, three
    // remedy words, trade ministers, a head who phones a country, three forums the catalogue lacked (15 of 18 errors): relevance
    // P 0.970 -> 1.000, R 0.924 -> 0.983, floor (1.00, 0.98); the Conseil de l'Entente as a forum parts its summit from the AES's
    // (-2 false pairs) and joins its copies (+1), clustering 0.830 -> 0.839, floor 0.83.
    // cluster41 (session 30): the same foreign headline's per-unit measure no longer conflicts with its ruling's (mx-coolerboxes-3 and
    // co-hairbrushes-3 join, +4), clustering 0.855 -> 0.870, floor 0.87.
    // extract56 continued (session 30): each range takes the origin it is stated for after its basis, a firm name's country no party: th-clingfilm-1
    // +3, extraction 0.769 -> 0.781, floor 0.78.
    // extract56 (session 30): the country a remedy's rate is stated for, or that heads its firms' line or cell, is an origin, never the
    // imposer (th-pva-1, vn-pictureframes-1, tr-kaolin-1, my-ringbinders-1), extraction 0.750 -> 0.780, floor 0.77.
    // extract56 continued (session 30): each range takes the origin it is stated for after its basis, a firm name's country no party: th-pva-1 -2 spurious;
    // with the merge, extraction 0.773 (main) -> 0.806, floor 0.80.
    // extract57 (session 31): a remedy the goods face in a headline, extraction 0.699 -> 0.704 (woks-3, dishracks-3), floor 0.70.
    // cluster42 (session 31): a budget headline naming no year is its home's budget of the year, "begroting", a review of several
    // budgets is a digest, an English headline alone at "duty … to N%" is its outlet's: clustering holdout 32 0.723 -> 0.797 (floor
    // 0.79), 18 0.945 -> 0.956 (0.95), 23 0.887 -> 0.891 (0.89), 25 0.874 -> 0.886 (0.88), 26 0.820 -> 0.839 (0.83), 27 0.781 ->
    // 0.790 (0.79), 28 0.800 -> 0.831 (0.83); blind: 29 0.882 -> 0.904 (0.90), 30 0.823 -> 0.856 (0.85), 31 0.877 -> 0.891 (0.89).
    // cluster43 (session 31): foreign duty phrases no topic, a foreign headline alone no copy of a decision headlined at another rate,
    // "antidumping" and BMTP duty words, a union's measure read as a member's: clustering 0.723 -> 0.766 (-5 false, -6 split), floor 0.76.
    // cluster42 + cluster43 together (session 31, lead): clustering 0.723 -> 0.838 (P 0.983, R 0.731), floor 0.83.
    // Together (session 31, lead, after extract59): extraction 0.803, floor 0.80.
    // Together (session 31, lead, after extract59): extraction 0.832, floor 0.83.
    // Together (session 31, lead, after extract59): clustering 0.8425, floor 0.84.
    // relev30 (session 31): 13 of holdout 32's 17 relevance errors (the two place-only tariffs, eleven misses), relevance P 0.987 -> 1.000,
    // R 0.911 -> 0.976, floor (1.00, 0.97).
    // extract58 (session 31): a posting time (sx-budget-4), a rate on "most other goods" keeps "goods" (ga-us-call-1), extraction
    // 0.699 -> 0.707, floor 0.70.
    // relev31 (session 32): holdout 33's relevance errors by kind, relevance 0.975 / 0.896 -> 1.000 / 0.988, floor (1.00, 0.98).
    // cluster44 (session 32): two summits named by two names are two summits, talks a lede says were by phone are a call:
    // clustering 0.801 -> 0.864 (-20 false, +2 true: P 0.862 -> 1.000, R 0.749 -> 0.760), floor 0.86.
    // extract62 (session 32): extract58 merged onto main, extraction 0.727 -> 0.735, floor 0.73.
    // cluster45 (session 32): one ruling's computed margin or amount stated by two items with text joins them (StoryRulingFigure):
    // clustering floors raised on holdouts 9 (0.958), 19 (0.861), 20 (0.962), 21 (0.971), 26 (0.847), 27 (0.811), 30 (0.872),
    // 32 (0.859), 33 (0.839).
    // extract61 (session 32; 31 and 32 measured blind): the duty a remedy's goods also pay, a customs union's nomenclature no party, a
    // remedy's later origin behind its formal name or a repeated "and in", a rate called the earlier level: extraction holdout 31
    // 0.832 -> 0.845 (floor 0.84), 32 0.727 -> 0.760 (0.7596, floor 0.75; clustering 0.842 -> 0.851, floor 0.85), 33 0.750 -> 0.803
    // (floor 0.80; clustering 0.801 -> 0.805, floor unchanged).
    // extract64 (session 33): "the N% tariff that X applies to Y" names the rate's imposer, target and goods, extraction 0.803 -> 0.811 (sl-us-call-1, sn-mr-talks-1), floor 0.81.
    // Together (session 33, lead): clustering 0.8836 (cluster48 + extract64), floor 0.88.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.811 -> 0.825, floor 0.82.
    // Together (session 35, lead): extraction 0.831 (extract69 + extract70), floor 0.83.
    private static readonly Figures Holdout30Floor = new(1.00, 0.99, 0.88, 0.83);
    // extract70 (session 35): the all-others row (mx-coolerboxes-1), extraction 0.849 -> 0.852, floor 0.85.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X", extraction 0.849 -> 0.863, floor 0.86.
    private static readonly Figures Holdout31Floor = new(1.00, 0.98, 0.89, 0.86);
    // Together (session 32, lead): clustering 0.8705 (cluster44 + cluster45 + extract61), extraction 0.7677 (extract61 + extract62), floor (0.87, 0.76).
    // extract64 (session 33): "the N% tariff that X applies to Y" names the rate's imposer, target and goods, extraction 0.768 -> 0.772 (blind: ga-us-visit-1), floor 0.77.
    // relev34 (session 35): an FTA signed in French (mu-ph-fta-3), a head pleading with his counterpart (ga-us-call-2), relevance R 0.976 -> 0.988, floor 0.98.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X", extraction 0.772 -> 0.789, floor 0.78.
    // Together (session 35, lead): extraction 0.791 (extract69 + extract70), floor 0.79.
    private static readonly Figures Holdout32Floor = new(1.00, 0.98, 0.87, 0.79);
    // Together (session 32, lead): clustering 0.8946 (cluster44 + cluster45 + extract61: P 0.959, R 0.838), floor 0.89.
    // extract63 (session 33, blind): the same rule (eg-extensioncords-1, -final-1: +8), extraction 0.803 -> 0.822, floor 0.82.
    private static readonly Figures Holdout33Floor = new(1.00, 0.98, 0.89, 0.82);
    // extract64 (session 33): "the N% tariff that X applies to Y" names the rate's imposer, target and goods, extraction 0.829 -> 0.837 (na-us-call-1, lublin-summit-1), floor 0.83.
    // cluster48 (session 33): a leader pressing the other over a lede "in a telephone call" is a call, a place's trip a trip:
    // clustering 0.897 -> 0.922 (P 1.000), floor 0.92.
    // cluster47 (session 33): a budget headline's duty line joins its home's budget (gy-budget +3, mh-budget +4 pairs), clustering 0.897 -> 0.921, floor 0.92.
    // relev32 (session 33): holdout 34's relevance kinds (docs/quality.md), relevance (0.981, 0.893) -> (0.994, 0.976), floor (0.99, 0.97).
    // Together (session 33, lead): clustering 0.9457 (cluster47 + cluster48), floor 0.94.
    // lead (session 34): "cut orchids" is goods (lk-th-fta-1), extraction 0.837 -> 0.840, floor 0.84.
    // extract68 (session 34, blind): a verbless goods conjunct after the rate before's tail (np-soyachunks-2: +1, -1 spurious), extraction 0.837 -> 0.840, floor 0.84.
    // budget65 (session 34): a budget named as such is its outlet's, a live-blog post's own goods, extraction 0.840 -> 0.854, floor 0.85.
    private static readonly Figures Holdout34Floor = new(0.99, 0.97, 0.94, 0.85);
    // extract68 (session 34): a verbless goods conjunct after the rate before's tail (py-stevia-2, om-halwa-2, az-pomegranatejuice-2,
    // bn-prawncrackers-2: +4, -4 spurious), extraction 0.780 -> 0.796, floor 0.79.
    // relev33 (session 34): joined-adjective summits, calls and French visits by office, deposits "of up to" a rate; relevance R 0.876 -> 0.935, floor 0.93.
    // cluster49 (session 34): Spanish "Bajan al 15%" is a cut, not Barbados (py-stevia-cut-3: -3 false, +2 pairs), clustering 0.851 -> 0.868, floor 0.86.
    // relev34 (session 35, blind): Spanish goods that "pagarán" an amount per piece (mx-corkscrews-3), relevance R 0.935 -> 0.941, floor 0.94.
    // extract70 (session 35, blind): kept rates and the all-others row, extraction 0.801 -> 0.805, floor 0.80.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X" (blind), extraction 0.801 -> 0.805, floor 0.80.
    private static readonly Figures Holdout35Floor = new(1.00, 0.94, 0.86, 0.80);
    // cluster50 (session 35): foreign decision words are no shared topic (km-stills / ht-mosquitonets: -7 false, +2), a compound's class
    // is named by the word before it (in-fumaric / eu-succinic: -9 false), clustering 0.848 -> 0.898, floor 0.89.
    // relev34 (session 35): holdout 36's relevance misses by kind (docs/quality.md), relevance R 0.964 -> 0.994, floor 0.99.
    // extract70 (session 35): kept rates (me-kajmak-1, tm-pefilm-1, za-chisels-1) and the all-others row with "the United Mexican States" (mx-juicers-1 +2), extraction 0.766 -> 0.778, floor 0.77.
    // extract69 (session 35): the general duty beside a remedy in more wordings, a remedy's headline origins lay none of its duties, "imports into X", extraction 0.766 -> 0.802, floor 0.80.
    // Together (session 35, lead): clustering 0.905, extraction 0.814 (cluster50 + extract69 + extract70 + relev34), floor (0.90, 0.81).
    private static readonly Figures Holdout36Floor = new(1.00, 0.99, 0.90, 0.81);
    // Session 35 (lead), measured once at the end on a1aa5fa: extraction 0.830 -> 0.840 (0.8397; tp 217 -> 220, fp 23 -> 21), floor 0.83.
    private static readonly Figures? Holdout37Floor = new(0.98, 0.91, 0.90, 0.83);

    /// <summary>Set by the lead (WATCHER_MEASURE_UNSEEN=1) to measure the unseen set (holdout 37); otherwise it is not run.</summary>
    private static bool MeasureUnseen => Environment.GetEnvironmentVariable("WATCHER_MEASURE_UNSEEN") == "1";

    [Fact]
    public void The_labelled_sets_are_big_and_varied_enough()
    {
        foreach (var (set, minimum) in new[] { (Items, 80), (Holdout2, 30), (Holdout3, 40), (Holdout4, 30), (Holdout5, 45), (Holdout6, 45), (Holdout7, 60), (Holdout8, 60), (Holdout9, 60), (Holdout10, 60), (Holdout11, 90), (Holdout12, 100), (Holdout13, 140), (Holdout14, 140), (Holdout15, 150), (Holdout16, 160), (Holdout17, 160), (Holdout18, 160), (Holdout19, 160), (Holdout20, 160), (Holdout21, 160), (Holdout22, 160), (Holdout23, 160), (Holdout24, 160), (Holdout25, 160), (Holdout26, 160), (Holdout27, 160), (Holdout28, 160), (Holdout29, 160), (Holdout30, 160), (Holdout31, 160), (Holdout32, 160), (Holdout33, 160), (Holdout34, 160), (Holdout35, 160), (Holdout36, 160), (Holdout37, 160) })
        {
            Assert.True(set.Count >= minimum, $"{set.Count} items");
            Assert.Contains(set, i => i.Text.Length == 0);            // headline-only
            Assert.Contains(set, i => i.Topics.Count == 0);           // negatives
            Assert.True(set.Select(i => i.Cluster).Distinct().Count() < set.Count); // some stories have several copies
        }
        Assert.Contains(Holdout2, i => i.Measures.Any(m => m.Target == "*"));   // safeguards on all origins
    }

    [Fact]
    public async Task Quality_meets_the_floors_and_is_written_to_docs()
    {
        var tuned = await Measure(Items);
        var holdout = await Measure(Holdout);
        var holdout2 = await Measure(Holdout2);
        var holdout3 = await Measure(Holdout3);
        var holdout4 = await Measure(Holdout4);
        var holdout5 = await Measure(Holdout5);
        var holdout6 = await Measure(Holdout6);
        var holdout7 = await Measure(Holdout7);
        // The unseen set is measured only on request (the lead, at the end of a session): a figure that moves while rules
        // are being written is feedback to fit, and an unseen set stays honest only if nobody gets any.
        var holdout8 = await Measure(Holdout8);
        var holdout9 = await Measure(Holdout9);
        var holdout10 = await Measure(Holdout10);
        var holdout11 = await Measure(Holdout11);
        var holdout12 = await Measure(Holdout12);
        var holdout13 = await Measure(Holdout13);
        var holdout14 = await Measure(Holdout14);
        var holdout15 = await Measure(Holdout15);
        var holdout16 = await Measure(Holdout16);
        var holdout17 = await Measure(Holdout17);
        var holdout18 = await Measure(Holdout18);
        var holdout19 = await Measure(Holdout19);
        var holdout20 = await Measure(Holdout20);
        var holdout21 = await Measure(Holdout21);
        var holdout22 = await Measure(Holdout22);
        var holdout23 = await Measure(Holdout23);
        var holdout24 = await Measure(Holdout24);
        var holdout25 = await Measure(Holdout25);
        var holdout26 = await Measure(Holdout26);
        var holdout27 = await Measure(Holdout27);
        var holdout28 = await Measure(Holdout28);
        var holdout29 = await Measure(Holdout29);
        var holdout30 = await Measure(Holdout30);
        var holdout31 = await Measure(Holdout31);
        var holdout32 = await Measure(Holdout32);
        var holdout33 = await Measure(Holdout33);
        var holdout34 = await Measure(Holdout34);
        var holdout35 = await Measure(Holdout35);
        var holdout36 = await Measure(Holdout36);
        var holdout37 = MeasureUnseen ? await Measure(Holdout37) : null;
        WriteReport(tuned, holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37);
        AssertFloor("labelled set", tuned, TunedFloor);
        AssertFloor("holdout", holdout, HoldoutFloor);
        AssertFloor("holdout 2", holdout2, Holdout2Floor);
        AssertFloor("holdout 3", holdout3, Holdout3Floor);
        AssertFloor("holdout 4", holdout4, Holdout4Floor);
        AssertFloor("holdout 5", holdout5, Holdout5Floor);
        AssertFloor("holdout 6", holdout6, Holdout6Floor);
        AssertFloor("holdout 7", holdout7, Holdout7Floor);
        AssertFloor("holdout 8", holdout8, Holdout8Floor);
        AssertFloor("holdout 9", holdout9, Holdout9Floor);
        AssertFloor("holdout 10", holdout10, Holdout10Floor);
        AssertFloor("holdout 11", holdout11, Holdout11Floor);
        AssertFloor("holdout 12", holdout12, Holdout12Floor);
        AssertFloor("holdout 13", holdout13, Holdout13Floor);
        AssertFloor("holdout 14", holdout14, Holdout14Floor);
        AssertFloor("holdout 15", holdout15, Holdout15Floor);
        AssertFloor("holdout 16", holdout16, Holdout16Floor);
        AssertFloor("holdout 17", holdout17, Holdout17Floor);
        AssertFloor("holdout 18", holdout18, Holdout18Floor);
        AssertFloor("holdout 19", holdout19, Holdout19Floor);
        AssertFloor("holdout 20", holdout20, Holdout20Floor);
        AssertFloor("holdout 21", holdout21, Holdout21Floor);
        AssertFloor("holdout 22", holdout22, Holdout22Floor);
        AssertFloor("holdout 23", holdout23, Holdout23Floor);
        AssertFloor("holdout 24", holdout24, Holdout24Floor);
        AssertFloor("holdout 25", holdout25, Holdout25Floor);
        AssertFloor("holdout 26", holdout26, Holdout26Floor);
        AssertFloor("holdout 27", holdout27, Holdout27Floor);
        AssertFloor("holdout 28", holdout28, Holdout28Floor);
        AssertFloor("holdout 29", holdout29, Holdout29Floor);
        AssertFloor("holdout 30", holdout30, Holdout30Floor);
        AssertFloor("holdout 31", holdout31, Holdout31Floor);
        AssertFloor("holdout 32", holdout32, Holdout32Floor);
        AssertFloor("holdout 33", holdout33, Holdout33Floor);
        AssertFloor("holdout 34", holdout34, Holdout34Floor);
        AssertFloor("holdout 35", holdout35, Holdout35Floor);
        AssertFloor("holdout 36", holdout36, Holdout36Floor);
        if (holdout37 is not null && Holdout37Floor is { } holdout37Floor) AssertFloor("holdout 37", holdout37, holdout37Floor);
    }

    public sealed record SetScores(Score Relevance, Score Clustering, Score Extraction)
    {
        public Figures Figures => new(Relevance.Precision, Relevance.Recall, Clustering.F1, Extraction.F1);
    }

    private static async Task<SetScores> Measure(IReadOnlyList<LabelledItem> items) =>
        new(Relevance(items), await Clustering(items), Extraction(items));

    private static void AssertFloor(string name, SetScores scores, Figures floor)
    {
        var f = scores.Figures;
        Assert.True(f.Precision >= floor.Precision, $"{name}: relevance precision {f.Precision:F3} < {floor.Precision}");
        Assert.True(f.Recall >= floor.Recall, $"{name}: relevance recall {f.Recall:F3} < {floor.Recall}");
        Assert.True(f.ClusteringF1 >= floor.ClusteringF1, $"{name}: clustering F1 {f.ClusteringF1:F3} < {floor.ClusteringF1}");
        Assert.True(f.ExtractionF1 >= floor.ExtractionF1, $"{name}: extraction F1 {f.ExtractionF1:F3} < {floor.ExtractionF1}");
    }

    public sealed record Score(int Tp, int Fp, int Fn, List<string> Errors)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <param name="only">One topic to score alone (per-topic figures); both default topics when null.</param>
    internal static Score Relevance(IReadOnlyList<LabelledItem> Items, ITopicMatcher? matcher = null, string? only = null)
    {
        matcher ??= QueryTopicMatcher.Default;
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var item in Items)
        {
            var found = matcher.Match(item.Title, item.Text).Select(m => m.Topic).ToHashSet();
            foreach (var topic in new[] { DefaultTopics.Tariffs, DefaultTopics.Summits })
            {
                if (only is not null && topic != only) continue;
                var want = item.Topics.Contains(topic);
                var got = found.Contains(topic);
                if (want && got) tp++;
                else if (got) { fp++; errors.Add($"false positive `{topic}`: {item.Id}"); }
                else if (want) { fn++; errors.Add($"missed `{topic}`: {item.Id}"); }
            }
        }
        return new Score(tp, fp, fn, errors);
    }

    internal static async Task<Score> Clustering(IReadOnlyList<LabelledItem> Items)
    {
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        var predicted = new Dictionary<string, string>();
        foreach (var item in Items)
        {
            var fp = StoryFingerprint.Of(item.Title, item.Text, item.Link, WithoutSourceCountry ? null : item.SourceCountry);
            var story = await matcher.FindAsync(fp) ?? "story-" + item.Id;
            predicted[item.Id] = story;
            // as the poller does: a new story is indexed, a copy that joined one in its own words is indexed as the story's copy
            if (story == "story-" + item.Id) await matcher.AddAsync(story, fp);
            else await matcher.AddCopyAsync(story, fp);
        }
        int tp = 0, fp2 = 0, fn = 0;
        var errors = new List<string>();
        for (var i = 0; i < Items.Count; i++)
            for (var j = i + 1; j < Items.Count; j++)
            {
                var want = Items[i].Cluster == Items[j].Cluster;
                var got = predicted[Items[i].Id] == predicted[Items[j].Id];
                if (want && got) tp++;
                else if (got) { fp2++; errors.Add($"merged different stories: {Items[i].Id} + {Items[j].Id}"); }
                else if (want) { fn++; errors.Add($"split one story: {Items[i].Id} / {Items[j].Id}"); }
            }
        return new Score(tp, fp2, fn, errors);
    }

    /// <summary>Set (WATCHER_NO_SOURCE_COUNTRY=1) to measure the extractor without the outlets' countries, as before session 13.</summary>
    internal static bool WithoutSourceCountry => Environment.GetEnvironmentVariable("WATCHER_NO_SOURCE_COUNTRY") == "1";

    /// <summary>The item's measures as the poller reads them: with its outlet's country (`source_country`) as the last-resort
    /// home of a domestic measure.</summary>
    internal static List<TariffMeasure> Extracted(LabelledItem item, string text, bool? withCountry = null) =>
        TariffExtractor.Extract(text, (withCountry ?? !WithoutSourceCountry) ? item.SourceCountry : null);

    internal static Score Extraction(IReadOnlyList<LabelledItem> Items)
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var item in Items)
        {
            var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
            var (matched, missed, spurious) = Pair(item.Measures, Extracted(item, text));
            tp += matched;
            fn += missed.Count;
            fp += spurious.Count;
            errors.AddRange(missed.Select(w => $"missed {item.Id}: {Show(w)}"));
            errors.AddRange(spurious.Select(g => $"spurious {item.Id}: {g.Imposer}>{g.Target} {g.Rate}% {string.Join(", ", g.Products)}"));
        }
        return new Score(tp, fp, fn, errors);
    }

    /// <summary>
    /// The extraction errors of a set by kind, as counts only: what an unseen set may say about itself without naming a
    /// sentence (which field a missed measure was read wrong in, what a spurious one is), so that a session can choose its
    /// next work from the unseen set's shape without fitting its items.
    /// </summary>
    internal static SortedDictionary<string, int> ExtractionErrorKinds(IReadOnlyList<LabelledItem> items)
    {
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Add(string kind) => kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        foreach (var item in items)
        {
            var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
            var got = Extracted(item, text);
            var (_, missed, spurious) = Pair(item.Measures, got);
            foreach (var w in missed)
            {
                var atRate = got.Where(g => g.Rate is { } r && Math.Abs(r - w.Rate) < 0.001).ToList();
                Add(got.Count == 0 ? "missed: nothing read in the item"
                    : atRate.Count == 0 ? "missed: no measure at that rate"
                    : atRate.Any(g => g.Imposer == w.Imposer && g.Target == w.Target) ? "missed: rate and parties right, other goods"
                    : atRate.Any(g => g.Imposer == w.Imposer) ? (w.Target == "*" ? "missed: every origin read as a country"
                        : atRate.Any(g => g.Imposer == w.Imposer && g.Target == "*") ? "missed: a country read as every origin" : "missed: another target")
                    : atRate.Any(g => g.Imposer == w.Target && g.Target == w.Imposer) ? "missed: imposer and target swapped"
                    : "missed: another imposer");
            }
            foreach (var g in spurious)
                Add(item.Measures.Count == 0 ? "spurious: in an item with no labelled measure"
                    : item.Measures.Any(w => g.Rate is { } r && Math.Abs(r - w.Rate) < 0.001) ? "spurious: a labelled rate read wrongly"
                    : "spurious: a rate no label has");
        }
        return kinds;
    }

    /// <summary>
    /// Pairs labels with extracted measures, neutral between the two ways writers label one rate on a list of products
    /// (docs/quality.md, "Label conventions (session 7)"): one label per product, or one label for the first product. Each
    /// product of an extracted measure can satisfy one label, so "10% on coffee, tea and cocoa" extracted as one measure
    /// satisfies three labels (coffee, tea, cocoa) or one (coffee); it is spurious only when it satisfies none.
    /// </summary>
    internal static (int Matched, List<LabelledMeasure> Missed, List<TariffMeasure> Spurious) Pair(IReadOnlyList<LabelledMeasure> want, IReadOnlyList<TariffMeasure> got)
    {
        var used = got.Select(g => new bool[g.Products.Count]).ToList();
        var matched = 0;
        var missed = new List<LabelledMeasure>();
        foreach (var w in want)
        {
            var hit = Enumerable.Range(0, got.Count)
                .SelectMany(i => Enumerable.Range(0, got[i].Products.Count).Select(k => (i, k)))
                .Where(x => !used[x.i][x.k] && Same(w, got[x.i] with { Products = [got[x.i].Products[x.k]] }))
                // a measure not yet used before a further product of one that is, so two measures stay two
                .OrderBy(x => used[x.i].Any(u => u) ? 1 : 0)
                .Select(x => ((int, int)?)x).FirstOrDefault();
            if (hit is var (i, k)) { used[i][k] = true; matched++; }
            else missed.Add(w);
        }
        var spurious = got.Where((g, i) => !used[i].Any(u => u)).ToList();
        return (matched, missed, spurious);
    }

    /// <summary>Imposer, target and rate equal; the labelled product and an extracted product contain one another, each compared
    /// without its bracketed parts, and a label's bracketed abbreviation standing for the words before it ("biaxially oriented
    /// polypropylene (BOPP) film" is also "BOPP film", "ultra-high temperature (UHT) milk" also "UHT milk").</summary>
    internal static bool Same(LabelledMeasure w, TariffMeasure g) =>
        w.Imposer == g.Imposer && w.Target == g.Target && g.Rate is { } rate && Math.Abs(rate - w.Rate) < 0.001
        && g.Products.Any(p => SameProduct(w.Product, p));

    internal static bool SameProduct(string label, string product) =>
        LabelForms(label).Any(l => Stem(Unbracketed(product)) is var x && (x.Contains(l, StringComparison.OrdinalIgnoreCase) || l.Contains(x, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> LabelForms(string label)
    {
        yield return Stem(Unbracketed(label));
        var b = System.Text.RegularExpressions.Regex.Match(label, @"\((?<a>[A-Z][A-Z0-9]{1,5}s?)\)");
        if (b.Success) yield return Stem(b.Groups["a"].Value + " " + label[(b.Index + b.Length)..].Trim());
    }

    private static string Unbracketed(string s) =>
        s.Contains('(', StringComparison.Ordinal) ? System.Text.RegularExpressions.Regex.Replace(s, @"\s*\([^)]*\)", " ").Replace("  ", " ", StringComparison.Ordinal) : s;

    private static string Stem(string s) => s.Trim().TrimEnd('s').ToLowerInvariant();

    private static string Show(LabelledMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate.ToString(CultureInfo.InvariantCulture)}% {m.Product}";

    private static void WriteReport(SetScores tuned, SetScores holdout, SetScores holdout2, SetScores holdout3, SetScores holdout4, SetScores holdout5, SetScores holdout6, SetScores holdout7, SetScores holdout8, SetScores holdout9, SetScores holdout10, SetScores holdout11, SetScores holdout12, SetScores holdout13, SetScores holdout14, SetScores holdout15, SetScores holdout16, SetScores holdout17, SetScores holdout18, SetScores holdout19, SetScores holdout20, SetScores holdout21, SetScores holdout22, SetScores holdout23, SetScores holdout24, SetScores holdout25, SetScores holdout26, SetScores holdout27, SetScores holdout28, SetScores holdout29, SetScores holdout30, SetScores holdout31, SetScores holdout32, SetScores holdout33, SetScores holdout34, SetScores holdout35, SetScores holdout36, SetScores? holdout37)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Signal quality");
        sb.AppendLine();
        sb.AppendLine("Written by `QualityTests` (tests/Watcher.Core.Tests/Signal) on every test run; do not edit by hand.");
        sb.AppendLine();
        sb.AppendLine("Thirty-eight labelled sets, all in tests/Watcher.Core.Tests/Signal/data:");
        sb.AppendLine();
        sb.AppendLine($"- `labelled.jsonl` (**tuned**): {Describe(Items)}. The rules, extractor and clustering were tuned by reading its errors, so its figures are optimistic; its two items of a visit whose only tariff is background were relabelled `summits` only in session 9, to follow the written convention (the set predates it).");
        sb.AppendLine($"- `holdout.jsonl` (**old holdout**): {Describe(Holdout)}; written after session 1's tuning and never tuned on.");
        sb.AppendLine($"- `holdout-2.jsonl` (**new holdout**): {Describe(Holdout2)}; written in session 2 and committed with its first-run scores "
            + "*before* the extractor and clusterer were changed for generality; never tuned on (its errors were read only to find missing *kinds* of rule, not to fit sentences); "
            + "in session 3 it served as a dev set (its errors were read to find general rules).");
        sb.AppendLine($"- `holdout-3.jsonl` (**holdout 3**): {Describe(Holdout3)}; written in session 3 and committed with its first-run scores "
            + "*before* any session-3 change to the extractor or clusterer; never tuned on in session 3; in session 3's second wave it served as a dev set (its errors were read to find general rules).");
        sb.AppendLine($"- `holdout-4.jsonl` (**holdout 4**): {Describe(Holdout4)}; written at the start of session 3's second wave, labelled before anything ran on it, "
            + "and committed with its first-run scores *before* any change made for holdout 3's errors; never tuned on in session 3; in session 4 it served as a dev set (its errors were read to find general rules).");
        sb.AppendLine($"- `holdout-5.jsonl` (**holdout 5**): {Describe(Holdout5)}; written at the start of session 4, labelled before anything ran on it, "
            + "and committed with its first-run scores *before* any session-4 change to the extractor or clusterer; never tuned on in session 4; in session 5 it served as a dev set (its errors were read to find general rules).");
        sb.AppendLine($"- `holdout-6.jsonl` (**holdout 6**): {Describe(Holdout6)}; written at the end of session 4, labelled before anything ran on it, "
            + "and committed with its first-run scores on unchanged code; never tuned on in session 4; in session 5 it served as a dev set (its errors were read to find general rules).");
        sb.AppendLine($"- `holdout-7.jsonl` (**holdout 7**): {Describe(Holdout7)}; written at the start of session 5, labelled before anything ran on it, "
            + "and committed with its first-run scores on unchanged code (main at 402e06b); session 5's unseen set, never tuned on in session 5, "
            + $"measured at the end of session 5 (main at 906ca7e: relevance P {F(Holdout7EndOfSession5.Precision)} / R {F(Holdout7EndOfSession5.Recall)}, "
            + $"clustering F1 {F(Holdout7EndOfSession5.ClusteringF1)}, extraction F1 {F(Holdout7EndOfSession5.ExtractionF1)}); a dev set from session 6 (its errors are printed below).");
        sb.AppendLine($"- `holdout-8.jsonl` (**holdout 8**): {Describe(Holdout8)}; written at the end of session 5, labelled before anything ran on it, "
            + "and committed with its first-run scores on the final session-5 code (main at 890a436); session 6's unseen set, never tuned on in session 6, "
            + $"measured at the end of session 6 (main at 944dc25: relevance P {F(Holdout8EndOfSession6.Precision)} / R {F(Holdout8EndOfSession6.Recall)}, "
            + $"clustering F1 {F(Holdout8EndOfSession6.ClusteringF1)}, extraction F1 {F(Holdout8EndOfSession6.ExtractionF1)}); a dev set from session 7 (its errors are printed below).");
        sb.AppendLine($"- `holdout-9.jsonl` (**holdout 9**): {Describe(Holdout9)}; written in session 6 by a helper who read neither the extractor nor the clusterer "
            + $"(docs/holdout-9-notes.md), labelled before anything ran on it, and committed with its first-run scores on the final session-6 code (main at {Holdout9FirstRunCommit}); "
            + $"session 7's unseen set, never tuned on in session 7, measured at the end of session 7 (main at f470d7b: relevance P {F(Holdout9EndOfSession7.Precision)} / R {F(Holdout9EndOfSession7.Recall)}, "
            + $"clustering F1 {F(Holdout9EndOfSession7.ClusteringF1)}, extraction F1 {F(Holdout9EndOfSession7.ExtractionF1)}; {Holdout9EndOfSession7Detail}); a dev set from session 8 (its errors are printed below).");
        sb.AppendLine($"- `holdout-10.jsonl` (**holdout 10**): {Describe(Holdout10)}; written in session 7 by a helper who read neither the extractor nor the clusterer "
            + $"(docs/holdout-10-notes.md), labelled before anything ran on it, and committed with its first-run scores on the final session-7 code (main at {Holdout10FirstRunCommit}); "
            + $"session 8's unseen set, never tuned on in session 8, measured at the end of session 8 (main at 9698e14: relevance P {F(Holdout10EndOfSession8.Precision)} / R {F(Holdout10EndOfSession8.Recall)}, "
            + $"clustering F1 {F(Holdout10EndOfSession8.ClusteringF1)}, extraction F1 {F(Holdout10EndOfSession8.ExtractionF1)}; {Holdout10EndOfSession8Detail}); a dev set from session 9 (its errors are printed below).");
        sb.AppendLine($"- `holdout-11.jsonl` (**holdout 11**): {Describe(Holdout11)}; written in session 8 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + $"(docs/holdout-11-notes.md), labelled before anything ran on it, with many deliberate look-alike stories; committed with its first-run scores on the final session-8 code (main at {Holdout11FirstRunCommit}); "
            + $"session 9's unseen set, never tuned on in session 9, measured at the end of session 9 (main at d2eb8d8: relevance P {F(Holdout11EndOfSession9.Precision)} / R {F(Holdout11EndOfSession9.Recall)}, "
            + $"clustering F1 {F(Holdout11EndOfSession9.ClusteringF1)}, extraction F1 {F(Holdout11EndOfSession9.ExtractionF1)}; {Holdout11EndOfSession9Detail}); a dev set from session 10 (its errors are printed below).");
        sb.AppendLine($"- `holdout-12.jsonl` (**holdout 12**): {Describe(Holdout12)}; written in session 9 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-12-notes.md), labelled before anything ran on it, with deliberate look-alike stories, legislative and customs-schedule texts, quarterly reviews and regional outlets; "
            + $"committed with its first-run scores on the final session-9 code (main at {Holdout12FirstRunCommit}: {Holdout12FirstRunDetail}); "
            + $"session 10's unseen set, never tuned on in session 10, measured at the end of session 10 (main at 5b69929: relevance P {F(Holdout12EndOfSession10.Precision)} / R {F(Holdout12EndOfSession10.Recall)}, "
            + $"clustering F1 {F(Holdout12EndOfSession10.ClusteringF1)}, extraction F1 {F(Holdout12EndOfSession10.ExtractionF1)}; {Holdout12EndOfSession10Detail}); a dev set from session 11 (its errors are printed below).");
        sb.AppendLine($"- `holdout-13.jsonl` (**holdout 13**): {Describe(Holdout13)}; written in session 10 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-13-notes.md), labelled before anything ran on it, with deliberate look-alike stories, suspensions, exemptions, tariff-rate quotas, de minimis changes, rates in words, "
            + "threats and denials, phone calls, state visits and ministerial meetings; "
            + $"committed with its first-run scores on the final session-10 code (main at {Holdout13FirstRunCommit}: {Holdout13FirstRunDetail}); "
            + $"session 11's unseen set, never tuned on in session 11, measured at the end of session 11 (main at 282291c: relevance P {F(Holdout13EndOfSession11.Precision)} / R {F(Holdout13EndOfSession11.Recall)}, "
            + $"clustering F1 {F(Holdout13EndOfSession11.ClusteringF1)}, extraction F1 {F(Holdout13EndOfSession11.ExtractionF1)}; {Holdout13EndOfSession11Detail}); a dev set from session 12 (its errors are printed below).");
        sb.AppendLine($"- `holdout-14.jsonl` (**holdout 14**): {Describe(Holdout14)}; written in session 11 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-14-notes.md), labelled before anything ran on it, with institutions as actors (ministries, parliaments, customs notifications), goods named only in headlines, "
            + "per-company anti-dumping rates, tariff-rate quotas, exemptions, retaliations, rates given as changes and 11 look-alike pairs; "
            + $"committed with its first-run scores on the final session-11 code (main at {Holdout14FirstRunCommit}: {Holdout14FirstRunDetail}); "
            + $"session 12's unseen set, never tuned on in session 12, measured at the end of session 12 (main at 578350c: relevance P {F(Holdout14EndOfSession12.Precision)} / R {F(Holdout14EndOfSession12.Recall)}, "
            + $"clustering F1 {F(Holdout14EndOfSession12.ClusteringF1)}, extraction F1 {F(Holdout14EndOfSession12.ExtractionF1)}; {Holdout14EndOfSession12Detail}); a dev set from session 13 (its errors are printed below).");
        sb.AppendLine($"- `holdout-15.jsonl` (**holdout 15**): {Describe(Holdout15)}; written in session 12 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-15-notes.md), labelled before anything ran on it, on countries, goods and events chosen apart from every earlier set, with regional and translated-sounding outlets, "
            + "institutions as actors, specific and compound duties, tariff-rate quotas, suspensions, removals, per-company rates, threats and their imposition, proposals and adoptions, "
            + "newsletter briefs, a live blog, headline-only copies, rates in words and 8 look-alike pairs; "
            + $"committed with its first-run scores on the final session-12 code (main at {Holdout15FirstRunCommit}: {Holdout15FirstRunDetail}); "
            + $"session 13's unseen set, never tuned on in session 13, measured at the end of session 13 with outlet countries declared from the outlets' names (main at 76ed73b: relevance P {F(Holdout15EndOfSession13.Precision)} / R {F(Holdout15EndOfSession13.Recall)}, "
            + $"clustering F1 {F(Holdout15EndOfSession13.ClusteringF1)}, extraction F1 {F(Holdout15EndOfSession13.ExtractionF1)}; {Holdout15EndOfSession13Detail}); a dev set from session 14 (its errors are printed below).");
        sb.AppendLine($"- `holdout-16.jsonl` (**holdout 16**): {Describe(Holdout16)}; written in session 13 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-16-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set; "
            + $"committed with its first-run scores on the final session-13 code (main at {Holdout16FirstRunCommit}: {Holdout16FirstRunDetail}); "
            + $"session 14's unseen set, never tuned on in session 14, measured at the end of session 14 (main at 4125c26: relevance P {F(Holdout16EndOfSession14.Precision)} / R {F(Holdout16EndOfSession14.Recall)}, "
            + $"clustering F1 {F(Holdout16EndOfSession14.ClusteringF1)}, extraction F1 {F(Holdout16EndOfSession14.ExtractionF1)}; {Holdout16EndOfSession14Detail}); a dev set from session 15 (its errors are printed below).");
        sb.AppendLine($"- `holdout-17.jsonl` (**holdout 17**): {Describe(Holdout17)}; written in session 14 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-17-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-14 code (main at {Holdout17FirstRunCommit}: {Holdout17FirstRunDetail}); "
            + $"session 15's unseen set, never tuned on in session 15, measured at the end of session 15 (main at 6ac81cd: relevance P {F(Holdout17EndOfSession15.Precision)} / R {F(Holdout17EndOfSession15.Recall)}, "
            + $"clustering F1 {F(Holdout17EndOfSession15.ClusteringF1)}, extraction F1 {F(Holdout17EndOfSession15.ExtractionF1)}; {Holdout17EndOfSession15Detail}); a dev set from session 16 (its errors are printed below).");
        sb.AppendLine($"- `holdout-18.jsonl` (**holdout 18**): {Describe(Holdout18)}; written in session 15 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-18-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-15 code (main at {Holdout18FirstRunCommit}: {Holdout18FirstRunDetail}); "
            + $"session 16's unseen set, never tuned on in session 16, measured at the end of session 16 (main at 98be23b: relevance P {F(Holdout18EndOfSession16.Precision)} / R {F(Holdout18EndOfSession16.Recall)}, "
            + $"clustering F1 {F(Holdout18EndOfSession16.ClusteringF1)}, extraction F1 {F(Holdout18EndOfSession16.ExtractionF1)}; {Holdout18EndOfSession16Detail}); a dev set from session 17 (its errors are printed below).");
        sb.AppendLine($"- `holdout-19.jsonl` (**holdout 19**): {Describe(Holdout19)}; written in session 16 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-19-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-16 code (main at {Holdout19FirstRunCommit}: {Holdout19FirstRunDetail}); "
            + $"session 17's unseen set, never tuned on in session 17, measured at the end of session 17 (main at 3d238e9: relevance P {F(Holdout19EndOfSession17.Precision)} / R {F(Holdout19EndOfSession17.Recall)}, "
            + $"clustering F1 {F(Holdout19EndOfSession17.ClusteringF1)}, extraction F1 {F(Holdout19EndOfSession17.ExtractionF1)}; {Holdout19EndOfSession17Detail}); a dev set from session 18 (its errors are printed below).");
        sb.AppendLine($"- `holdout-20.jsonl` (**holdout 20**): {Describe(Holdout20)}; written in session 17 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-20-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-17 code (main at {Holdout20FirstRunCommit}: {Holdout20FirstRunDetail}); "
            + $"session 18's unseen set, never tuned on in session 18, measured at the end of session 18 (main at d61f8b7: relevance P {F(Holdout20EndOfSession18.Precision)} / R {F(Holdout20EndOfSession18.Recall)}, "
            + $"clustering F1 {F(Holdout20EndOfSession18.ClusteringF1)}, extraction F1 {F(Holdout20EndOfSession18.ExtractionF1)}; {Holdout20EndOfSession18Detail}); a dev set from session 19 (its errors are printed below).");
        sb.AppendLine($"- `holdout-21.jsonl` (**holdout 21**): {Describe(Holdout21)}; written in session 18 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-21-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-18 code (main at {Holdout21FirstRunCommit}: {Holdout21FirstRunDetail}); "
            + $"session 19's unseen set, never tuned on in session 19, measured at the end of session 19 (main at a025b28: relevance P {F(Holdout21EndOfSession19.Precision)} / R {F(Holdout21EndOfSession19.Recall)}, "
            + $"clustering F1 {F(Holdout21EndOfSession19.ClusteringF1)}, extraction F1 {F(Holdout21EndOfSession19.ExtractionF1)}; {Holdout21EndOfSession19Detail}); a dev set from session 20 (its errors are printed below).");
        sb.AppendLine($"- `holdout-22.jsonl` (**holdout 22**): {Describe(Holdout22)}; written in session 19 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-22-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-19 code (main at {Holdout22FirstRunCommit}: {Holdout22FirstRunDetail}); "
            + $"session 20's unseen set, never tuned on in session 20, measured at the end of session 20 (main at 2f57817: relevance P {F(Holdout22EndOfSession20.Precision)} / R {F(Holdout22EndOfSession20.Recall)}, "
            + $"clustering F1 {F(Holdout22EndOfSession20.ClusteringF1)}, extraction F1 {F(Holdout22EndOfSession20.ExtractionF1)}; {Holdout22EndOfSession20Detail}); a dev set from session 21 (its errors are printed below).");
        sb.AppendLine($"- `holdout-23.jsonl` (**holdout 23**): {Describe(Holdout23)}; written in session 20 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-23-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-20 code (main at {Holdout23FirstRunCommit}: {Holdout23FirstRunDetail}); "
            + $"session 21's unseen set, never tuned on in session 21, measured at the end of session 21 (main at 47285ec: relevance P {F(Holdout23EndOfSession21.Precision)} / R {F(Holdout23EndOfSession21.Recall)}, "
            + $"clustering F1 {F(Holdout23EndOfSession21.ClusteringF1)}, extraction F1 {F(Holdout23EndOfSession21.ExtractionF1)}; {Holdout23EndOfSession21Detail}); a dev set from session 22 (its errors are printed below).");
        sb.AppendLine($"- `holdout-24.jsonl` (**holdout 24**): {Describe(Holdout24)}; written in session 21 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-24-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-21 code (main at {Holdout24FirstRunCommit}: {Holdout24FirstRunDetail}); "
            + $"session 22's unseen set, never tuned on in session 22, measured at the end of session 22 (main at 1732ad5: relevance P {F(Holdout24EndOfSession22.Precision)} / R {F(Holdout24EndOfSession22.Recall)}, "
            + $"clustering F1 {F(Holdout24EndOfSession22.ClusteringF1)}, extraction F1 {F(Holdout24EndOfSession22.ExtractionF1)}; {Holdout24EndOfSession22Detail}); a dev set from session 23 (its errors are printed below).");
        sb.AppendLine($"- `holdout-25.jsonl` (**holdout 25**): {Describe(Holdout25)}; written in session 22 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-25-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-22 code (main at {Holdout25FirstRunCommit}: {Holdout25FirstRunDetail}); "
            + $"session 23's unseen set, never tuned on in session 23, measured at the end of session 23 (main at 7f188d3: relevance P {F(Holdout25EndOfSession23.Precision)} / R {F(Holdout25EndOfSession23.Recall)}, "
            + $"clustering F1 {F(Holdout25EndOfSession23.ClusteringF1)}, extraction F1 {F(Holdout25EndOfSession23.ExtractionF1)}; {Holdout25EndOfSession23Detail}); a dev set from session 24 (its errors are printed below).");
        sb.AppendLine($"- `holdout-26.jsonl` (**holdout 26**): {Describe(Holdout26)}; written in session 23 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-26-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-23 code (main at {Holdout26FirstRunCommit}: {Holdout26FirstRunDetail}); "
            + $"session 24's unseen set, never tuned on in session 24, measured at the end of session 24 (main at 1a87356: relevance P {F(Holdout26EndOfSession24.Precision)} / R {F(Holdout26EndOfSession24.Recall)}, "
            + $"clustering F1 {F(Holdout26EndOfSession24.ClusteringF1)}, extraction F1 {F(Holdout26EndOfSession24.ExtractionF1)}; {Holdout26EndOfSession24Detail}); a dev set from session 25 (its errors are printed below).");
        sb.AppendLine($"- `holdout-27.jsonl` (**holdout 27**): {Describe(Holdout27)}; written in session 23 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-27-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-24 code (main at {Holdout27FirstRunCommit}: {Holdout27FirstRunDetail}); "
            + $"session 25's unseen set, never tuned on in session 25, measured at the end of session 25 (main at 2cb5260: relevance P {F(Holdout27EndOfSession25.Precision)} / R {F(Holdout27EndOfSession25.Recall)}, "
            + $"clustering F1 {F(Holdout27EndOfSession25.ClusteringF1)}, extraction F1 {F(Holdout27EndOfSession25.ExtractionF1)}; {Holdout27EndOfSession25Detail}); a dev set from session 26 (its errors are printed below).");
        sb.AppendLine($"- `holdout-28.jsonl` (**holdout 28**): {Describe(Holdout28)}; written in session 24 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-28-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-25 code (main at {Holdout28FirstRunCommit}: {Holdout28FirstRunDetail}); "
            + $"session 26's unseen set, never tuned on in session 26, measured at the end of session 26 (main at 62b5dea: relevance P {F(Holdout28EndOfSession26.Precision)} / R {F(Holdout28EndOfSession26.Recall)}, "
            + $"clustering F1 {F(Holdout28EndOfSession26.ClusteringF1)}, extraction F1 {F(Holdout28EndOfSession26.ExtractionF1)}; {Holdout28EndOfSession26Detail}); a dev set from session 27 (its errors are printed below).");
        sb.AppendLine($"- `holdout-29.jsonl` (**holdout 29**): {Describe(Holdout29)}; written in session 25 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-29-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-26 code (main at {Holdout29FirstRunCommit}: {Holdout29FirstRunDetail}); "
            + $"session 27's unseen set, never tuned on in session 27, measured at the end of session 27 (main at db054d7: relevance P {F(Holdout29EndOfSession27.Precision)} / R {F(Holdout29EndOfSession27.Recall)}, "
            + $"clustering F1 {F(Holdout29EndOfSession27.ClusteringF1)}, extraction F1 {F(Holdout29EndOfSession27.ExtractionF1)}; {Holdout29EndOfSession27Detail}); a dev set from session 28 (its errors are printed below).");
        sb.AppendLine($"- `holdout-30.jsonl` (**holdout 30**): {Describe(Holdout30)}; written in session 26 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-30-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-27 code (main at {Holdout30FirstRunCommit}: {Holdout30FirstRunDetail}); "
            + $"session 28's unseen set, never tuned on in session 28, measured at the end of session 28 (main at 502eaaa: relevance P {F(Holdout30EndOfSession28.Precision)} / R {F(Holdout30EndOfSession28.Recall)}, "
            + $"clustering F1 {F(Holdout30EndOfSession28.ClusteringF1)}, extraction F1 {F(Holdout30EndOfSession28.ExtractionF1)}; {Holdout30EndOfSession28Detail}); a dev set from session 29 (its errors are printed below).");
        sb.AppendLine($"- `holdout-31.jsonl` (**holdout 31**): {Describe(Holdout31)}; written in session 27 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-31-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-28 code (main at {Holdout31FirstRunCommit}: {Holdout31FirstRunDetail}); "
            + $"session 29's unseen set, never tuned on in session 29, measured at the end of session 29 (main at 8d40a33: relevance P {F(Holdout31EndOfSession29.Precision)} / R {F(Holdout31EndOfSession29.Recall)}, "
            + $"clustering F1 {F(Holdout31EndOfSession29.ClusteringF1)}, extraction F1 {F(Holdout31EndOfSession29.ExtractionF1)}; {Holdout31EndOfSession29Detail}); a dev set from session 30 (its errors are printed below).");
        sb.AppendLine($"- `holdout-32.jsonl` (**holdout 32**): {Describe(Holdout32)}; written in session 28 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-32-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-29 code (main at {Holdout32FirstRunCommit}: {Holdout32FirstRunDetail}); "
            + $"session 30's unseen set, never tuned on in session 30, measured at the end of session 30 (main at 5e8e2b7: relevance P {F(Holdout32EndOfSession30.Precision)} / R {F(Holdout32EndOfSession30.Recall)}, "
            + $"clustering F1 {F(Holdout32EndOfSession30.ClusteringF1)}, extraction F1 {F(Holdout32EndOfSession30.ExtractionF1)}; {Holdout32EndOfSession30Detail}); a dev set from session 31 (its errors are printed below).");
        sb.AppendLine($"- `holdout-33.jsonl` (**holdout 33**): {Describe(Holdout33)}; written in session 29 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-33-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-30 code (main at {Holdout33FirstRunCommit}: {Holdout33FirstRunDetail}); "
            + $"session 31's unseen set, never tuned on in session 31, measured at the end of session 31 (main at 88536f1: relevance P {F(Holdout33EndOfSession31.Precision)} / R {F(Holdout33EndOfSession31.Recall)}, "
            + $"clustering F1 {F(Holdout33EndOfSession31.ClusteringF1)}, extraction F1 {F(Holdout33EndOfSession31.ExtractionF1)}; {Holdout33EndOfSession31Detail}); a dev set from session 32 (its errors are printed below).");
        sb.AppendLine($"- `holdout-34.jsonl` (**holdout 34**): {Describe(Holdout34)}; written in session 30 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-34-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-31 code (main at {Holdout34FirstRunCommit}: {Holdout34FirstRunDetail}); "
            + $"session 32's unseen set, never tuned on in session 32, measured at the end of session 32 (main at 92387e2: relevance P {F(Holdout34EndOfSession32.Precision)} / R {F(Holdout34EndOfSession32.Recall)}, "
            + $"clustering F1 {F(Holdout34EndOfSession32.ClusteringF1)}, extraction F1 {F(Holdout34EndOfSession32.ExtractionF1)}; {Holdout34EndOfSession32Detail}); a dev set from session 33 (its errors are printed below).");
        sb.AppendLine($"- `holdout-35.jsonl` (**holdout 35**): {Describe(Holdout35)}; written in session 31 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-35-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-32 code (main at {Holdout35FirstRunCommit}: {Holdout35FirstRunDetail}); "
            + $"session 33's unseen set, never tuned on in session 33, measured at the end of session 33 (main at 1a85eef: relevance P {F(Holdout35EndOfSession33.Precision)} / R {F(Holdout35EndOfSession33.Recall)}, "
            + $"clustering F1 {F(Holdout35EndOfSession33.ClusteringF1)}, extraction F1 {F(Holdout35EndOfSession33.ExtractionF1)}; {Holdout35EndOfSession33Detail}); a dev set from session 34 (its errors are printed below).");
        sb.AppendLine($"- `holdout-36.jsonl` (**holdout 36**): {Describe(Holdout36)}; written in session 32 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-36-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + $"committed with its first-run scores on the final session-33 code (main at {Holdout36FirstRunCommit}: {Holdout36FirstRunDetail}); "
            + $"session 34's unseen set, never tuned on in session 34, measured at the end of session 34 (main at 2b2e53b: relevance P {F(Holdout36EndOfSession34.Precision)} / R {F(Holdout36EndOfSession34.Recall)}, "
            + $"clustering F1 {F(Holdout36EndOfSession34.ClusteringF1)}, extraction F1 {F(Holdout36EndOfSession34.ExtractionF1)}; {Holdout36EndOfSession34Detail}); a dev set from session 35 (its errors are printed below).");
        sb.AppendLine($"- `holdout-37.jsonl` (**holdout 37**, unseen): {Describe(Holdout37)}; written in session 33 by a helper who read neither the extractor, the relevance rules nor the clusterer "
            + "(docs/holdout-37-notes.md), labelled before anything ran on it, each item's outlet country (`source_country`) by outlet_country.py's policy, "
            + "on countries, goods and events chosen apart from every earlier set, with home-country items that never name the imposer near the dev sets' share; "
            + (Holdout37FirstRun is null ? $"first run: {Holdout37FirstRunPending}" : $"committed with its first-run scores on the final session-34 code (main at {Holdout37FirstRunCommit})")
            + "; session 35's unseen set, never tuned on. Only its figures and error counts are printed here; its per-item errors are not, so that no one fits its sentences.");
        sb.AppendLine();
        sb.AppendLine("\"before\" is main at 5a2e0dd, before session 2's generality work; for the new holdout it is the set's first run on that same code.");
        sb.AppendLine();
        Table(sb, "Tuned set", tuned, TunedBefore);
        Table(sb, "Old holdout", holdout, HoldoutBefore);
        Table(sb, "New holdout", holdout2, Holdout2FirstRun, "first run (before)");
        Table(sb, "Holdout 3", holdout3, Holdout3FirstRun, "first run");
        Table(sb, "Holdout 4", holdout4, Holdout4FirstRun, "first run");
        Table(sb, "Holdout 5", holdout5, Holdout5FirstRun, "first run");
        Table(sb, "Holdout 6", holdout6, Holdout6FirstRun, "first run");
        Table(sb, "Holdout 7", holdout7, Holdout7FirstRun, "first run");
        Table(sb, "Holdout 8", holdout8, Holdout8FirstRun, "first run");
        Table(sb, "Holdout 9", holdout9, Holdout9FirstRun, "first run");
        Table(sb, "Holdout 10", holdout10, Holdout10FirstRun, "first run");
        Table(sb, "Holdout 11", holdout11, Holdout11FirstRun, "first run");
        Table(sb, "Holdout 12", holdout12, Holdout12FirstRun, "first run");
        Table(sb, "Holdout 13", holdout13, Holdout13FirstRun, "first run");
        Table(sb, "Holdout 14", holdout14, Holdout14FirstRun, "first run");
        Table(sb, "Holdout 15", holdout15, Holdout15FirstRun, "first run");
        Table(sb, "Holdout 16", holdout16, Holdout16FirstRun, "first run");
        Table(sb, "Holdout 17", holdout17, Holdout17FirstRun, "first run");
        Table(sb, "Holdout 18", holdout18, Holdout18FirstRun, "first run");
        Table(sb, "Holdout 19", holdout19, Holdout19FirstRun, "first run");
        Table(sb, "Holdout 20", holdout20, Holdout20FirstRun, "first run");
        Table(sb, "Holdout 21", holdout21, Holdout21FirstRun, "first run");
        Table(sb, "Holdout 22", holdout22, Holdout22FirstRun, "first run");
        Table(sb, "Holdout 23", holdout23, Holdout23FirstRun, "first run");
        Table(sb, "Holdout 24", holdout24, Holdout24FirstRun, "first run");
        Table(sb, "Holdout 25", holdout25, Holdout25FirstRun, "first run");
        Table(sb, "Holdout 26", holdout26, Holdout26FirstRun, "first run");
        Table(sb, "Holdout 27", holdout27, Holdout27FirstRun, "first run");
        Table(sb, "Holdout 28", holdout28, Holdout28FirstRun, "first run");
        Table(sb, "Holdout 29", holdout29, Holdout29FirstRun, "first run");
        Table(sb, "Holdout 30", holdout30, Holdout30FirstRun, "first run");
        Table(sb, "Holdout 31", holdout31, Holdout31FirstRun, "first run");
        Table(sb, "Holdout 32", holdout32, Holdout32FirstRun, "first run");
        Table(sb, "Holdout 33", holdout33, Holdout33FirstRun, "first run");
        Table(sb, "Holdout 34", holdout34, Holdout34FirstRun, "first run");
        Table(sb, "Holdout 35", holdout35, Holdout35FirstRun, "first run");
        Table(sb, "Holdout 36", holdout36, Holdout36FirstRun, "first run");
        UnseenTable(sb, "Holdout 37 (unseen)", holdout37, Holdout37FirstRun, Holdout37FirstRunCommit, Holdout37FirstRunDetail, Holdout37FirstRunPending);
        sb.AppendLine("## Remaining errors");
        foreach (var (name, score) in new[] { ("Relevance", tuned.Relevance), ("Clustering", tuned.Clustering), ("Extraction", tuned.Extraction),
                     ("Holdout relevance", holdout.Relevance), ("Holdout clustering", holdout.Clustering), ("Holdout extraction", holdout.Extraction),
                     ("New holdout relevance", holdout2.Relevance), ("New holdout clustering", holdout2.Clustering), ("New holdout extraction", holdout2.Extraction),
                     ("Holdout 3 relevance", holdout3.Relevance), ("Holdout 3 clustering", holdout3.Clustering), ("Holdout 3 extraction", holdout3.Extraction),
                     ("Holdout 4 relevance", holdout4.Relevance), ("Holdout 4 clustering", holdout4.Clustering), ("Holdout 4 extraction", holdout4.Extraction),
                     ("Holdout 5 relevance", holdout5.Relevance), ("Holdout 5 clustering", holdout5.Clustering), ("Holdout 5 extraction", holdout5.Extraction),
                     ("Holdout 6 relevance", holdout6.Relevance), ("Holdout 6 clustering", holdout6.Clustering), ("Holdout 6 extraction", holdout6.Extraction),
                     ("Holdout 7 relevance", holdout7.Relevance), ("Holdout 7 clustering", holdout7.Clustering), ("Holdout 7 extraction", holdout7.Extraction),
                     ("Holdout 8 relevance", holdout8.Relevance), ("Holdout 8 clustering", holdout8.Clustering), ("Holdout 8 extraction", holdout8.Extraction),
                     ("Holdout 9 relevance", holdout9.Relevance), ("Holdout 9 clustering", holdout9.Clustering), ("Holdout 9 extraction", holdout9.Extraction),
                     ("Holdout 10 relevance", holdout10.Relevance), ("Holdout 10 clustering", holdout10.Clustering), ("Holdout 10 extraction", holdout10.Extraction),
                     ("Holdout 11 relevance", holdout11.Relevance), ("Holdout 11 clustering", holdout11.Clustering), ("Holdout 11 extraction", holdout11.Extraction),
                     ("Holdout 12 relevance", holdout12.Relevance), ("Holdout 12 clustering", holdout12.Clustering), ("Holdout 12 extraction", holdout12.Extraction),
                     ("Holdout 13 relevance", holdout13.Relevance), ("Holdout 13 clustering", holdout13.Clustering), ("Holdout 13 extraction", holdout13.Extraction),
                     ("Holdout 14 relevance", holdout14.Relevance), ("Holdout 14 clustering", holdout14.Clustering), ("Holdout 14 extraction", holdout14.Extraction),
                     ("Holdout 15 relevance", holdout15.Relevance), ("Holdout 15 clustering", holdout15.Clustering), ("Holdout 15 extraction", holdout15.Extraction),
                     ("Holdout 16 relevance", holdout16.Relevance), ("Holdout 16 clustering", holdout16.Clustering), ("Holdout 16 extraction", holdout16.Extraction),
                     ("Holdout 17 relevance", holdout17.Relevance), ("Holdout 17 clustering", holdout17.Clustering), ("Holdout 17 extraction", holdout17.Extraction),
                     ("Holdout 18 relevance", holdout18.Relevance), ("Holdout 18 clustering", holdout18.Clustering), ("Holdout 18 extraction", holdout18.Extraction),
                     ("Holdout 19 relevance", holdout19.Relevance), ("Holdout 19 clustering", holdout19.Clustering), ("Holdout 19 extraction", holdout19.Extraction),
                     ("Holdout 20 relevance", holdout20.Relevance), ("Holdout 20 clustering", holdout20.Clustering), ("Holdout 20 extraction", holdout20.Extraction),
                     ("Holdout 21 relevance", holdout21.Relevance), ("Holdout 21 clustering", holdout21.Clustering), ("Holdout 21 extraction", holdout21.Extraction),
                     ("Holdout 22 relevance", holdout22.Relevance), ("Holdout 22 clustering", holdout22.Clustering), ("Holdout 22 extraction", holdout22.Extraction),
                     ("Holdout 23 relevance", holdout23.Relevance), ("Holdout 23 clustering", holdout23.Clustering), ("Holdout 23 extraction", holdout23.Extraction),
                     ("Holdout 24 relevance", holdout24.Relevance), ("Holdout 24 clustering", holdout24.Clustering), ("Holdout 24 extraction", holdout24.Extraction),
                     ("Holdout 25 relevance", holdout25.Relevance), ("Holdout 25 clustering", holdout25.Clustering), ("Holdout 25 extraction", holdout25.Extraction),
                     ("Holdout 26 relevance", holdout26.Relevance), ("Holdout 26 clustering", holdout26.Clustering), ("Holdout 26 extraction", holdout26.Extraction),
                     ("Holdout 27 relevance", holdout27.Relevance), ("Holdout 27 clustering", holdout27.Clustering), ("Holdout 27 extraction", holdout27.Extraction),
                     ("Holdout 28 relevance", holdout28.Relevance), ("Holdout 28 clustering", holdout28.Clustering), ("Holdout 28 extraction", holdout28.Extraction),
                     ("Holdout 29 relevance", holdout29.Relevance), ("Holdout 29 clustering", holdout29.Clustering), ("Holdout 29 extraction", holdout29.Extraction),
                     ("Holdout 30 relevance", holdout30.Relevance), ("Holdout 30 clustering", holdout30.Clustering), ("Holdout 30 extraction", holdout30.Extraction),
                     ("Holdout 31 relevance", holdout31.Relevance), ("Holdout 31 clustering", holdout31.Clustering), ("Holdout 31 extraction", holdout31.Extraction),
                     ("Holdout 32 relevance", holdout32.Relevance), ("Holdout 32 clustering", holdout32.Clustering), ("Holdout 32 extraction", holdout32.Extraction),
                     ("Holdout 33 relevance", holdout33.Relevance), ("Holdout 33 clustering", holdout33.Clustering), ("Holdout 33 extraction", holdout33.Extraction),
                     ("Holdout 34 relevance", holdout34.Relevance), ("Holdout 34 clustering", holdout34.Clustering), ("Holdout 34 extraction", holdout34.Extraction),
                     ("Holdout 35 relevance", holdout35.Relevance), ("Holdout 35 clustering", holdout35.Clustering), ("Holdout 35 extraction", holdout35.Extraction),
                     ("Holdout 36 relevance", holdout36.Relevance), ("Holdout 36 clustering", holdout36.Clustering), ("Holdout 36 extraction", holdout36.Extraction) })
        {
            sb.AppendLine();
            sb.AppendLine($"### {name}");
            sb.AppendLine();
            if (score.Errors.Count == 0) sb.AppendLine("None.");
            foreach (var e in score.Errors) sb.AppendLine("- " + e);
        }
        sb.AppendLine();
        sb.AppendLine("### Holdout 12 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout12).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 13 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout13).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 14 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout14).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 15 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout15).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 16 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout16).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 17 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout17).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 18 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout18).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 19 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout19).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 20 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout20).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 21 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout21).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 22 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout22).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 23 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout23).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 24 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout24).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 25 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout25).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 26 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout26).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 27 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout27).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 28 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout28).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 29 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout29).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 30 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout30).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 31 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout31).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 32 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout32).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 33 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout33).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 34 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout34).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 35 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout35).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        sb.AppendLine("### Holdout 36 extraction errors by kind");
        sb.AppendLine();
        sb.AppendLine(string.Join("; ", ExtractionErrorKinds(Holdout36).Select(k => $"{k.Key} {k.Value}")) + ".");
        sb.AppendLine();
        UnseenCounts(sb, "Holdout 37 (unseen)", holdout37, Holdout37);
        var path = Path.Combine(Paths.RepoRoot, "docs", "quality.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var marker = "\n## How the set was built";
        var tail = existing.Contains(marker, StringComparison.Ordinal) ? existing[existing.IndexOf(marker, StringComparison.Ordinal)..] : string.Empty;
        File.WriteAllText(path, sb.ToString() + tail);
    }

    private static string Describe(IReadOnlyList<LabelledItem> set) =>
        $"{set.Count} items, {set.Select(i => i.Cluster).Distinct().Count()} stories, {set.Count(i => i.Topics.Count == 0)} negatives, "
        + $"{set.Count(i => i.Text.Length == 0)} headline-only, {set.Sum(i => i.Measures.Count)} labelled tariff measures";

    private static string F(double d) => d.ToString("F3", CultureInfo.InvariantCulture);

    private static string Before(double? d) => d is { } v ? F(v) : "—";

    private static string Verdict(double value, double target) => value >= target ? "met" : "**unmet**";

    /// <summary>An unseen set's error counts (never its errors): how many of each, and the extraction errors by kind.</summary>
    private static void UnseenCounts(StringBuilder sb, string name, SetScores? scores, IReadOnlyList<LabelledItem> items)
    {
        sb.AppendLine($"### {name}");
        sb.AppendLine();
        if (scores is null) sb.AppendLine("Not measured in this run.");
        else sb.AppendLine($"Not listed (unseen set): {scores.Relevance.Errors.Count} relevance errors, {scores.Clustering.Errors.Count} clustering pair errors, "
            + $"{scores.Extraction.Errors.Count} extraction errors. Extraction errors by kind (counts only): "
            + string.Join("; ", ExtractionErrorKinds(items).Select(k => $"{k.Key} {k.Value}")) + ".");
    }

    /// <summary>An unseen set's section: its table when measured (against its first run, "—" until the lead has taken it),
    /// otherwise a line saying it was not measured and what its first run was.</summary>
    private static void UnseenTable(StringBuilder sb, string name, SetScores? now, Figures? firstRun, string firstRunCommit, string firstRunDetail, string firstRunPending)
    {
        if (now is not null)
        {
            Table(sb, name, now, firstRun, "first run");
            return;
        }
        sb.AppendLine($"### {name}");
        sb.AppendLine();
        sb.Append("Not measured in this run (the unseen sets are measured only with `WATCHER_MEASURE_UNSEEN=1`, by the lead at the end of a session). ");
        sb.AppendLine(firstRun is { } f
            ? $"First run (main at {firstRunCommit}): relevance P {F(f.Precision)} / R {F(f.Recall)}, clustering F1 {F(f.ClusteringF1)}, extraction F1 {F(f.ExtractionF1)} ({firstRunDetail})."
            : $"First run: {firstRunPending} (not taken yet).");
        sb.AppendLine();
    }

    private static void Table(StringBuilder sb, string name, SetScores now, Figures? before, string beforeLabel = "before")
    {
        sb.AppendLine($"### {name}");
        sb.AppendLine();
        sb.AppendLine($"| measure | target | {beforeLabel} | now | verdict | counts now |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        var (r, c, e) = (now.Relevance, now.Clustering, now.Extraction);
        sb.AppendLine($"| relevance precision (default topics, micro) | ≥ {Targets.Precision:F2} | {Before(before?.Precision)} | {F(r.Precision)} | {Verdict(r.Precision, Targets.Precision)} | tp {r.Tp}, fp {r.Fp} |");
        sb.AppendLine($"| relevance recall | ≥ {Targets.Recall:F2} | {Before(before?.Recall)} | {F(r.Recall)} | {Verdict(r.Recall, Targets.Recall)} | tp {r.Tp}, fn {r.Fn} |");
        sb.AppendLine($"| story clustering pairwise F1 | ≥ {Targets.ClusteringF1:F2} | {Before(before?.ClusteringF1)} | {F(c.F1)} | {Verdict(c.F1, Targets.ClusteringF1)} | P {F(c.Precision)}, R {F(c.Recall)}; pairs tp {c.Tp}, fp {c.Fp}, fn {c.Fn} |");
        sb.AppendLine($"| tariff-measure extraction F1 | ≥ {Targets.ExtractionF1:F2} | {Before(before?.ExtractionF1)} | {F(e.F1)} | {Verdict(e.F1, Targets.ExtractionF1)} | P {F(e.Precision)}, R {F(e.Recall)}; tp {e.Tp}, fp {e.Fp}, fn {e.Fn} |");
        sb.AppendLine();
    }
}
