using System.Reflection;

namespace Watcher.Azure.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Watcher_Core_references_no_Azure_or_Functions_assembly()
    {
        var core = typeof(Core.Pipeline.SourcePoller).Assembly;
        var forbidden = core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Azure", StringComparison.Ordinal) || n.StartsWith("Microsoft.Azure", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(forbidden);
        // The rule must be able to fail: the Azure adapters do reference Azure.
        Assert.Contains(typeof(Tables.TableItemStore).Assembly.GetReferencedAssemblies(), a => a.Name == "Azure.Data.Tables");
    }
}
