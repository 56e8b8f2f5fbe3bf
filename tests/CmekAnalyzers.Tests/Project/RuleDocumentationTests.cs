namespace CmekAnalyzers.Tests.Project;

/// <summary>Every descriptor has its page, its help link, and its row in the README's rule table.</summary>
public class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds => new(AllRules.Descriptors.Select(d => d.Id).Distinct());

    [Fact]
    public void The_package_ships_eight_rules()
        => Assert.Equal(new[] { "CMEK001", "CMEK002", "CMEK003", "CMEK004", "CMEK005", "CMEK006", "CMEK007", "CMEK008" }, AllRules.Descriptors.Select(d => d.Id).Distinct().OrderBy(id => id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_has_a_page_and_a_help_link_to_it(string id)
    {
        var descriptor = AllRules.Descriptors.First(d => d.Id == id);
        Assert.True(File.Exists(RepositoryFiles.PathOf("docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}", page);
        Assert.Contains(descriptor.Title.ToString(), page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Readme_rule_table_matches_the_descriptor(string id)
    {
        var descriptor = AllRules.Descriptors.First(d => d.Id == id);
        var readme = File.ReadAllLines(RepositoryFiles.PathOf("README.md"));
        var row = readme.SingleOrDefault(line => line.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal));
        Assert.True(row is not null, $"README has no rule-table row for {id}");
        Assert.Equal(descriptor.Title.ToString(), row!.Split('|')[2].Trim());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_in_the_release_tracking_files(string id)
    {
        var descriptor = AllRules.Descriptors.First(d => d.Id == id);
        var unshipped = File.ReadAllText(RepositoryFiles.PathOf("src", "CmekAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var shipped = File.ReadAllText(RepositoryFiles.PathOf("src", "CmekAnalyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity}", unshipped + shipped);
    }
}
