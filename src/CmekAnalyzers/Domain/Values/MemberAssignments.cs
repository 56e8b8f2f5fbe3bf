using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Values;

internal enum MemberState
{
    /// <summary>The object or its member cannot be followed (escapes to other code, assigned twice, unknown origin).</summary>
    Unknown,

    /// <summary>The object is known and the member is never set before the point of use.</summary>
    NotSet,
    Set,
}

/// <summary>What an object's property holds at a point of use.</summary>
internal readonly struct MemberValue
{
    private MemberValue(MemberState state, IOperation? value)
    {
        State = state;
        Value = value;
    }

    public static MemberValue Unknown => new(MemberState.Unknown, null);

    public static MemberValue NotSet => new(MemberState.NotSet, null);

    public MemberState State { get; }

    /// <summary>The assigned value (the right-hand side) when <see cref="State"/> is Set.</summary>
    public IOperation? Value { get; }

    public static MemberValue Set(IOperation value) => new(MemberState.Set, value);
}

/// <summary>
/// Property values of objects built in the method: <c>new Config { KmsKeyName = k }</c> and later
/// <c>config.KmsKeyName = k</c> on the local that holds it, counted up to the point of use.
/// </summary>
internal static class MemberAssignments
{
    public static MemberValue Find(IObjectCreationOperation creation, IReadOnlyList<ILocalSymbol> holders, IReadOnlyCollection<string> names, IOperation useSite)
    {
        var values = new List<IOperation>();
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && Contains(names, property.Property.Name))
                {
                    values.Add(assignment.Value);
                }
                else if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested } && Contains(names, nested.Property.Name))
                {
                    return MemberValue.Unknown;
                }
            }
        }

        foreach (var holder in holders)
        {
            foreach (var reference in OperationTree.ReferencesTo(holder, useSite))
            {
                if (!IsBefore(reference, useSite))
                {
                    continue;
                }

                switch (reference.Parent)
                {
                    case IPropertyReferenceOperation property when property.Instance == reference:
                        if (Contains(names, property.Property.Name))
                        {
                            switch (OperationTree.UsageOf(property))
                            {
                                case ValueUsage.AssignedSimply:
                                    values.Add(((ISimpleAssignmentOperation)property.Parent!).Value);
                                    break;
                                case ValueUsage.AssignedOtherwise:
                                    return MemberValue.Unknown;
                            }
                        }

                        break;
                    default:
                        if (Escapes(reference))
                        {
                            return MemberValue.Unknown;
                        }

                        break;
                }
            }
        }

        return values.Count switch
        {
            0 => MemberValue.NotSet,
            1 => MemberValue.Set(values[0]),
            _ => MemberValue.Unknown,
        };
    }

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Code after the use cannot change what the use saw; code in another tree cannot be ordered, so it counts.</summary>
    private static bool IsBefore(IOperation operation, IOperation useSite)
        => operation.Syntax.SyntaxTree != useSite.Syntax.SyntaxTree || operation.Syntax.SpanStart < useSite.Syntax.SpanStart;

    /// <summary>
    /// True when the object may be changed by code we do not read: handed to a method of the user's, stored
    /// in another variable or field, captured by reference.
    /// </summary>
    private static bool Escapes(ILocalReferenceOperation reference)
    {
        var consumer = OperationTree.Consumer(reference, out var direct);
        switch (consumer)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == direct:
                return false; // the holder's own (single) assignment
            case ISimpleAssignmentOperation assignment:
                // `new UpdateConfigRequest { Config = config }` hands it to a Google message, which does not change it.
                return !(assignment.Target is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } target
                         && IsGoogleType(target.Property.ContainingType));
            case IInvocationOperation invocation when invocation.Instance == direct:
                return invocation.TargetMethod.Name is not ("Build" or "BuildAsync" or "ToString" or "Equals" or "GetHashCode" or "Clone");
            case IArgumentOperation argument:
                return argument.Parent is not IInvocationOperation call || !IsGoogleType(call.TargetMethod.ContainingType);
            case IPropertyReferenceOperation or IFieldReferenceOperation:
            case IBinaryOperation or IIsPatternOperation or IIsTypeOperation:
            case IReturnOperation or IAwaitOperation or IExpressionStatementOperation:
                return false;
            default:
                return true;
        }
    }

    private static bool IsGoogleType(ITypeSymbol? type)
    {
        for (var ns = type?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name == "Google")
            {
                return true;
            }
        }

        return false;
    }
}
