using System;
using System.Collections.Generic;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>One path of a FieldMask and the expression that spells it.</summary>
internal sealed class MaskPath
{
    public MaskPath(string path, IOperation source)
    {
        Path = path;
        Source = source;
    }

    public string Path { get; }

    public IOperation Source { get; }
}

/// <summary>
/// The paths of an update mask, when the code shows all of them: <c>new FieldMask { Paths = { ... } }</c> plus later
/// <c>mask.Paths.Add(...)</c>, <c>FieldMask.FromString("a,b")</c>, <c>FromStringEnumerable&lt;T&gt;(new[] { ... })</c>.
/// </summary>
internal sealed class UpdateMask
{
    public const string KmsKeyPath = "kms_key_name";

    private UpdateMask(IReadOnlyList<MaskPath> paths, SyntaxNode? addSite)
    {
        Paths = paths;
        AddSite = addSite;
    }

    public IReadOnlyList<MaskPath> Paths { get; }

    /// <summary>Where a fix can add a path: the Paths collection initializer, or the FromString literal.</summary>
    public SyntaxNode? AddSite { get; }

    public bool IsEmpty => Paths.Count == 0;

    public bool Covers(string path)
    {
        foreach (var candidate in Paths)
        {
            if (candidate.Path.Trim() == path)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A path that was meant to be the key field: the JSON spelling kmsKeyName, kms_key, a typed-view name.</summary>
    public MaskPath? NearMissOfKmsKey()
    {
        foreach (var candidate in Paths)
        {
            var folded = candidate.Path.Replace("_", string.Empty).Trim().ToLowerInvariant();
            if (folded.StartsWith("kmskey", StringComparison.Ordinal) || folded == "kms" || folded == "cryptokey")
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Null when the mask cannot be read completely; an empty mask for null / <c>new FieldMask()</c>.</summary>
    public static UpdateMask? Read(IOperation? mask, ValueResolver values, IOperation useSite)
    {
        if (mask is null || mask.ConstantValue is { HasValue: true, Value: null } || mask is IDefaultValueOperation)
        {
            return new UpdateMask(Array.Empty<MaskPath>(), null);
        }

        var origin = values.OriginOf(mask);
        switch (origin?.Expression)
        {
            case IObjectCreationOperation creation when !origin.PassedThroughMember:
                return FromCreation(creation, origin.Holders, values, useSite);
            case IInvocationOperation { TargetMethod.Name: "FromString" } fromString when fromString.Arguments.Length == 1:
                if (values.StringOf(fromString.Arguments[0].Value)?.Value is not { } text)
                {
                    return null;
                }

                var paths = new List<MaskPath>();
                if (text.Length > 0)
                {
                    foreach (var path in text.Split(','))
                    {
                        paths.Add(new MaskPath(path, fromString.Arguments[0].Value));
                    }
                }

                return new UpdateMask(paths, fromString.Arguments[0].Value.Syntax);
            case IInvocationOperation { TargetMethod.Name: "FromStringEnumerable" } fromEnumerable when fromEnumerable.Arguments.Length == 1:
                return FromElements(values.OriginOf(fromEnumerable.Arguments[0].Value)?.Expression, values);
            default:
                return null;
        }
    }

    private static UpdateMask? FromCreation(IObjectCreationOperation creation, IReadOnlyList<ILocalSymbol> holders, ValueResolver values, IOperation useSite)
    {
        var paths = new List<MaskPath>();
        SyntaxNode? addSite = null;
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is not IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "Paths" }, Initializer: { } collection })
                {
                    return null;
                }

                addSite = collection.Syntax;
                foreach (var element in collection.Initializers)
                {
                    if (!TryAdd(element, paths, values))
                    {
                        return null;
                    }
                }
            }
        }

        foreach (var holder in holders)
        {
            foreach (var reference in OperationTree.ReferencesTo(holder, useSite))
            {
                if (reference.Syntax.SyntaxTree == useSite.Syntax.SyntaxTree && reference.Syntax.SpanStart > useSite.Syntax.SpanStart)
                {
                    continue;
                }

                var consumer = OperationTree.Consumer(reference, out var direct);
                if (consumer is IPropertyReferenceOperation { Property.Name: "Paths" } pathsProperty && pathsProperty.Instance == direct)
                {
                    if (pathsProperty.Parent is not IInvocationOperation add || !TryAdd(add, paths, values))
                    {
                        return null;
                    }
                }
                else if (!(consumer is ISimpleAssignmentOperation assignment && assignment.Target == direct) && consumer is not IArgumentOperation)
                {
                    return null; // changed or read in ways we do not follow
                }
            }
        }

        return new UpdateMask(paths, addSite);
    }

    private static bool TryAdd(IOperation element, List<MaskPath> paths, ValueResolver values)
    {
        if (element is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add
            || add.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String
            || values.StringOf(add.Arguments[0].Value)?.Value is not { } path)
        {
            return false;
        }

        paths.Add(new MaskPath(path, add.Arguments[0].Value));
        return true;
    }

    private static UpdateMask? FromElements(IOperation? source, ValueResolver values)
    {
        if (source is not IArrayCreationOperation { Initializer: { } elements })
        {
            return null;
        }

        var paths = new List<MaskPath>();
        foreach (var element in elements.ElementValues)
        {
            if (values.StringOf(element)?.Value is not { } path)
            {
                return null;
            }

            paths.Add(new MaskPath(path, element));
        }

        return new UpdateMask(paths, null);
    }
}
