namespace CmekBench;

/// <summary>Command line: <c>[--smoke] [--sizes 100,1000,5000] [--repeat 3] [--fixall 1000] [--no-third-party]</c>.</summary>
internal sealed record Options(IReadOnlyList<int> Sizes, int Repeat, int FixAllOccurrences, bool ThirdParty, bool Smoke)
{
    public static Options Parse(string[] args)
    {
        var options = new Options([100, 1000, 5000], 3, 1000, ThirdParty: true, Smoke: false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--smoke" => options with { Sizes = [100], Repeat = 1, FixAllOccurrences = 50, Smoke = true },
                "--sizes" => options with { Sizes = args[++i].Split(',').Select(int.Parse).ToList() },
                "--repeat" => options with { Repeat = int.Parse(args[++i]) },
                "--fixall" => options with { FixAllOccurrences = int.Parse(args[++i]) },
                "--no-third-party" => options with { ThirdParty = false },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --smoke, --sizes 100,1000,5000, --repeat N, --fixall N, --no-third-party"),
            };
        }

        return options;
    }
}
