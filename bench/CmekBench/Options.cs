namespace CmekBench;

/// <summary>Command line: <c>[--smoke] [--sizes 100,1000,5000] [--repeat 3] [--fixall 1000] [--third-party-max N] [--no-third-party] [--corpora 1,2,3]</c>.</summary>
/// <param name="ThirdPartyMaxFiles">Meziantou.Analyzer, NetAnalyzers and the whole build run only up to this many files (they are slow).</param>
internal sealed record Options(IReadOnlyList<int> Sizes, int Repeat, int FixAllOccurrences, int ThirdPartyMaxFiles, bool Smoke, string Corpora = "123")
{
    public bool ThirdParty => ThirdPartyMaxFiles > 0;

    public static Options Parse(string[] args)
    {
        var options = new Options([100, 1000, 5000], 3, 1000, ThirdPartyMaxFiles: int.MaxValue, Smoke: false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--smoke" => options with { Sizes = [100], Repeat = 1, FixAllOccurrences = 50, Smoke = true },
                "--sizes" => options with { Sizes = args[++i].Split(',').Select(int.Parse).ToList() },
                "--repeat" => options with { Repeat = int.Parse(args[++i]) },
                "--fixall" => options with { FixAllOccurrences = int.Parse(args[++i]) },
                "--corpora" => options with { Corpora = args[++i].Replace(",", "", StringComparison.Ordinal) },
                "--third-party-max" => options with { ThirdPartyMaxFiles = int.Parse(args[++i]) },
                "--no-third-party" => options with { ThirdPartyMaxFiles = 0 },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --smoke, --sizes 100,1000,5000, --repeat N, --fixall N, --third-party-max N, --no-third-party, --corpora 1,2,3"),
            };
        }

        return options;
    }
}
