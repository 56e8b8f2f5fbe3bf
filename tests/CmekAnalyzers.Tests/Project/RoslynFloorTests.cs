using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CmekAnalyzers.Tests.Project;

/// <summary>
/// The package promises Roslyn 4.8 (VS 2022 17.8+, every .NET 8 SDK). These tests run the analyzers on exactly that
/// compiler API and check the shipped assemblies ask for nothing newer, so a newer-API call cannot slip in unnoticed.
/// The other half, the SDK's current compiler, is the samples build in CI (.ci/check-samples.sh).
/// </summary>
public class RoslynFloorTests
{
    private static readonly Version s_floor = new(4, 8, 0, 0);

    [Theory]
    [InlineData(typeof(Compilation))]
    [InlineData(typeof(CSharpCompilation))]
    [InlineData(typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider))]
    public void Tests_run_on_the_Roslyn_floor(Type roslynType)
        => Assert.Equal(s_floor, roslynType.Assembly.GetName().Version);

    [Theory]
    [InlineData("CmekAnalyzers.dll")]
    [InlineData("CmekAnalyzers.CodeFixes.dll")]
    public void Shipped_assembly_targets_netstandard20(string file)
    {
        var reader = Open(file, out var pe);
        using (pe)
        {
            var target = reader.GetAssemblyDefinition().GetCustomAttributes()
                .Select(h => reader.GetCustomAttribute(h))
                .Where(a => AttributeTypeName(reader, a) == "System.Runtime.Versioning.TargetFrameworkAttribute")
                .Select(a => a.DecodeValue(new StringOnlyDecoder()).FixedArguments[0].Value as string)
                .Single();
            Assert.Equal(".NETStandard,Version=v2.0", target);
        }
    }

    [Theory]
    [InlineData("CmekAnalyzers.dll")]
    [InlineData("CmekAnalyzers.CodeFixes.dll")]
    public void Shipped_assembly_references_only_netstandard_and_Roslyn_48(string file)
    {
        // What a Roslyn 4.8 host provides: netstandard, the compiler and workspace assemblies at 4.8, and the versions of
        // System.Collections.Immutable / System.Reflection.Metadata / System.Memory that Roslyn 4.8 itself depends on; the
        // code fixes also load the analyzer assembly shipped beside them. Not System.Composition: the only version the package
        // mirror serves (8.0) is newer than Roslyn 4.8's (7.0), so the code fixes do not use its [Shared] attribute.
        var allowed = new Dictionary<string, Version>
        {
            ["netstandard"] = new(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = s_floor,
            ["Microsoft.CodeAnalysis.CSharp"] = s_floor,
            ["Microsoft.CodeAnalysis.Workspaces"] = s_floor,
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = s_floor,
            ["System.Collections.Immutable"] = new(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
            ["System.Memory"] = new(4, 0, 1, 2),
            ["CmekAnalyzers"] = new(1, 0, 0, 0),
        };
        var reader = Open(file, out var pe);
        using (pe)
        {
            var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
                .Select(r => (Name: reader.GetString(r.Name), r.Version)).ToList();
            var unexpected = references.Where(r => !allowed.TryGetValue(r.Name, out var max) || r.Version > max).ToList();
            Assert.True(unexpected.Count == 0, $"{file} references {string.Join(", ", unexpected.Select(r => r.Name + " " + r.Version))}; all: {string.Join(", ", references.Select(r => r.Name + " " + r.Version))}");
            Assert.Contains(references, r => r.Name == "Microsoft.CodeAnalysis" && r.Version == s_floor);
        }
    }

    private static MetadataReader Open(string file, out PEReader pe)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        pe = new PEReader(File.OpenRead(path));
        return pe.GetMetadataReader();
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return string.Empty;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return string.Empty;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
    }

    /// <summary>Decodes attribute blobs whose arguments are strings (all we read).</summary>
    private sealed class StringOnlyDecoder : ICustomAttributeTypeProvider<Type>
    {
        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String ? typeof(string) : typeof(object);

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromSerializedName(string name) => typeof(object);

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}
