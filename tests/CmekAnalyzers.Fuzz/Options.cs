namespace CmekAnalyzers.Fuzz;

/// <summary>Command line: <c>[--full] [--count N] [--seed S] [--max-minutes M] [--fix-every K] [--only NAME]</c>; --only keeps the seeds whose name contains NAME.</summary>
internal sealed record Options(int Count, int RandomSeed, double MaxMinutes, int FixEvery, string? Only)
{
    /// <summary>CI size: at least this many compilations, whatever the time cap says.</summary>
    public const int CiMinimum = 10_000;

    public static Options Parse(string[] args)
    {
        var count = CiMinimum;
        var seed = 20261204;
        var maxMinutes = 3.0;
        var fixEvery = 1;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--full": count = 100_000; maxMinutes = double.PositiveInfinity; break;
                case "--count": count = int.Parse(args[++i]); break;
                case "--seed": seed = int.Parse(args[++i]); break;
                case "--max-minutes": maxMinutes = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--fix-every": fixEvery = int.Parse(args[++i]); break;
                case "--only": only = args[++i]; break;
                default: throw new ArgumentException("unknown argument " + args[i] + "; usage: [--full] [--count N] [--seed S] [--max-minutes M] [--fix-every K] [--only NAME]");
            }
        }

        return new Options(count, seed, maxMinutes, Math.Max(1, fixEvery), only);
    }
}
