using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Values;

/// <summary>The one value a local is ever given in its method, or null when it has none or several (reassigned, ref/out, deconstructed).</summary>
internal static class SingleAssignment
{
    public static IOperation? ValueOf(ILocalSymbol local, IOperation anyOperationInBody)
    {
        IOperation? value = null;
        var count = 0;
        foreach (var operation in OperationTree.Root(anyOperationInBody).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        value = initializer.Value;
                        count++;
                    }

                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    switch (OperationTree.UsageOf(reference))
                    {
                        case ValueUsage.AssignedSimply:
                            value = ((ISimpleAssignmentOperation)reference.Parent!).Value;
                            count++;
                            break;
                        case ValueUsage.AssignedOtherwise:
                            return null;
                    }

                    break;
            }
        }

        return count == 1 ? value : null;
    }
}

internal enum ValueUsage
{
    Read,
    AssignedSimply,

    /// <summary>Compound assignment, ++/--, ref/out argument, deconstruction: the value cannot be followed.</summary>
    AssignedOtherwise,
}

internal static class OperationTree
{
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }

    /// <summary>Skips parentheses and conversions around a value.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        var current = operation;
        while (true)
        {
            switch (current)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    current = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>The lambda a delegate argument holds, if it is written in place.</summary>
    public static IAnonymousFunctionOperation? Lambda(IOperation operation)
    {
        var current = Unwrap(operation);
        if (current is IDelegateCreationOperation creation)
        {
            current = Unwrap(creation.Target);
        }

        return current as IAnonymousFunctionOperation;
    }

    /// <summary>The operation a value flows into, skipping parentheses and conversions around it.</summary>
    public static IOperation? Consumer(IOperation operation, out IOperation direct)
    {
        direct = operation;
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            direct = parent;
            parent = parent.Parent;
        }

        return parent;
    }

    public static ValueUsage UsageOf(IOperation reference)
    {
        var parent = reference.Parent;
        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return ValueUsage.AssignedSimply;
            case ICompoundAssignmentOperation compound when compound.Target == reference:
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
            case IIncrementOrDecrementOperation:
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                return ValueUsage.AssignedOtherwise;
        }

        // Deconstruction targets sit inside a tuple on the left of the assignment.
        for (var current = parent; current is ITupleOperation; current = current.Parent)
        {
            if (current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current)
            {
                return ValueUsage.AssignedOtherwise;
            }
        }

        return ValueUsage.Read;
    }

    public static IEnumerable<ILocalReferenceOperation> ReferencesTo(ILocalSymbol local, IOperation anyOperationInBody)
    {
        foreach (var operation in Root(anyOperationInBody).Descendants())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                yield return reference;
            }
        }
    }
}
