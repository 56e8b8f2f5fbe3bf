using System.Collections.Immutable;
using CmekAnalyzers.Domain;

namespace CmekAnalyzers.Tests.Domain;

public class ResourcePathTests
{
    private static SymbolicString Parts(params string?[] parts)
        => SymbolicString.Concat(parts.Select(p => p is null ? SymbolicString.Hole : SymbolicString.Literal(p)));

    [Fact]
    public void Location_is_segment_four_of_a_key_name()
        => Assert.Equal("europe-west4", ResourcePath.LocationOf(SymbolicString.Literal("projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k")));

    [Fact]
    public void Unknown_project_does_not_stop_resolution()
        => Assert.Equal("eu", ResourcePath.LocationOf(Parts("projects/", null, "/locations/eu/recognizers/r")));

    [Theory]
    [InlineData("projects/p/locations/")]
    [InlineData("projects//locations/eu")]
    [InlineData("project/p/locations/eu")]
    [InlineData("projects/p/location/eu")]
    [InlineData("locations/eu")]
    [InlineData("")]
    [InlineData("projects/p/locations/ eu")]
    public void Other_shapes_have_no_location(string name)
        => Assert.Null(ResourcePath.LocationOf(SymbolicString.Literal(name)));

    [Fact]
    public void A_hole_in_the_location_segment_leaves_it_unknown()
    {
        Assert.Null(ResourcePath.LocationOf(Parts("projects/p/locations/", null, "/keyRings/r")));
        Assert.Null(ResourcePath.LocationOf(Parts("projects/p/locations/europe-", null, "/keyRings/r")));
    }

    [Fact]
    public void A_leading_hole_could_be_several_segments_so_nothing_is_known()
        => Assert.Null(ResourcePath.LocationOf(Parts(null, "/locations/eu/keyRings/r/cryptoKeys/k")));

    [Fact]
    public void Templates_fill_ids_in_order()
    {
        var template = ImmutableArray.Create("projects", "*", "locations", "*", "keyRings", "*", "cryptoKeys", "*");
        var name = ResourcePath.Fill(template, ImmutableArray.Create(SymbolicString.Hole, SymbolicString.Literal("us"), SymbolicString.Literal("r"), SymbolicString.Literal("k")));
        Assert.Equal("projects/{…}/locations/us/keyRings/r/cryptoKeys/k", name.ToString());
        Assert.Equal("us", ResourcePath.LocationOf(name));
    }

    [Fact]
    public void Adjacent_holes_merge_and_text_joins()
    {
        var value = SymbolicString.Concat(new[] { SymbolicString.Literal("a"), SymbolicString.Hole, SymbolicString.Hole, SymbolicString.Literal("b"), SymbolicString.Literal("c") });
        Assert.Equal(new string?[] { "a", null, "bc" }, value.Parts.ToArray());
        Assert.Null(value.Value);
        Assert.Equal("abc", SymbolicString.Concat(new[] { SymbolicString.Literal("a"), SymbolicString.Literal("bc") }).Value);
    }
}
