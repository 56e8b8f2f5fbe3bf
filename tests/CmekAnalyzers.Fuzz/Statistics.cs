using System.Collections.Concurrent;

namespace CmekAnalyzers.Fuzz;

/// <summary>Counters, safe to bump from parallel mutations.</summary>
internal sealed class Statistics
{
    private long _compilations;

    public long Compilations => Interlocked.Read(ref _compilations);

    public ConcurrentDictionary<string, int> Diagnostics { get; } = new();

    public ConcurrentDictionary<string, int> Fixes { get; } = new();

    public ConcurrentDictionary<string, int> FixAlls { get; } = new();

    public void Compiled() => Interlocked.Increment(ref _compilations);

    public void Reported(string id) => Diagnostics.AddOrUpdate(id, 1, (_, n) => n + 1);

    public void Fixed(string id) => Fixes.AddOrUpdate(id, 1, (_, n) => n + 1);

    public void FixedAll(string id) => FixAlls.AddOrUpdate(id, 1, (_, n) => n + 1);
}
