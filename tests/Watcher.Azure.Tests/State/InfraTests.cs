using System.Text.Json;
using System.Text.RegularExpressions;

namespace Watcher.Azure.Tests.State;

/// <summary>Every trigger's schedule is an app setting, set in Bicep and in the local settings example.</summary>
public partial class InfraTests
{
    [GeneratedRegex("%([A-Za-z0-9:_.]+)%")]
    private static partial Regex SettingReference();

    private static string Repo(string path) => File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, path));

    private static List<string> Referenced() =>
        Directory.GetFiles(Path.Combine(AzuriteFixture.RepoRoot, "functions", "Watcher.Functions"), "*.cs")
            .SelectMany(f => SettingReference().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().Order().ToList();

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var name in Referenced()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void A_binding_expression_names_a_setting_Bicep_and_local_settings_provide(string setting)
    {
        // On Linux app settings cannot contain ':'; the host reads Watcher__PollSchedule as Watcher:PollSchedule.
        Assert.Matches($@"\b{Regex.Escape(setting.Replace(":", "__", StringComparison.Ordinal))}\s*:", Repo("infra/main.bicep"));
        using var local = JsonDocument.Parse(Repo("functions/Watcher.Functions/local.settings.example.json"));
        Assert.True(local.RootElement.GetProperty("Values").TryGetProperty(setting, out _), $"{setting} missing from local.settings.example.json");
    }

    [Fact]
    public void The_schedules_are_found_at_all() =>
        Assert.Superset(new HashSet<string> { "Watcher:PollSchedule", "Watcher:SweepSchedule", "Watcher:RetentionSchedule" },
            Referenced().ToHashSet());
}
