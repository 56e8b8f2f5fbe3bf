using CmekAnalyzers.Domain;

namespace CmekAnalyzers.Tests.Domain;

/// <summary>The parent the CMEK003 retirement fix lists resources of: only from a well-formed config name.</summary>
public class ConfigParentTests
{
    [Theory]
    [InlineData("projects/p/locations/global/config", "projects/p/locations/global")]
    [InlineData("projects/my-project/locations/europe-west4/config", "projects/my-project/locations/europe-west4")]
    public void Parent_of_a_config_name(string name, string parent)
        => Assert.Equal(parent, ConfigParent.FromConfigName(name));

    [Theory]
    [InlineData("projects/p/locations/global/recognizers/r")]
    [InlineData("projects/p/locations/global")]
    [InlineData("projects//locations/global/config")]
    [InlineData("projects/p/locations/ global/config")]
    [InlineData("projects/p/locations/glo\"bal/config")]
    [InlineData("projects/p/locations/global/config/")]
    [InlineData("")]
    public void No_parent_for_other_names(string name)
        => Assert.Null(ConfigParent.FromConfigName(name));
}
