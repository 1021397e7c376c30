using Watcher.Fuzz;

// watcher-fuzz <target>                  run under AFL++ (SharpFuzz's out-of-process fork server); see bench/fuzz/run.sh
// watcher-fuzz <target> --replay <path>  run files (a file or a directory) in-process and report what escaped
// No regex match timeout here (the hosts set one): a backtracking blow-up must show as an AFL++ hang, to be found and fixed.
AppContext.SetData(Watcher.Core.Facts.MatchBudget.Switch, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout);
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: watcher-fuzz <{string.Join('|', FuzzTargets.Names)}> [--replay <file-or-directory>]");
    return 2;
}
var target = args[0];
if (args is [_, "--replay", var path])
{
    var files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [path];
    var findings = 0;
    foreach (var file in files)
    {
        try
        {
            FuzzTargets.Run(target, File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            findings++;
            Console.WriteLine($"{file}: {ex.GetType().FullName}: {ex.Message}");
            Console.WriteLine("  at " + ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Watcher.", StringComparison.Ordinal))?.Trim());
        }
    }
    Console.WriteLine($"{files.Length} inputs replayed through '{target}', {findings} findings");
    return findings == 0 ? 0 : 1;
}
SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
