using System.Collections.Generic;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Flow;

/// <summary>
/// Puts the CMEK003 events of one method body on its control-flow graph. The graph's operations are rewritten copies,
/// so each is matched by syntax to the operation of the original tree, where values can be followed.
/// </summary>
internal sealed class FlowEventCollector
{
    private readonly ValueResolver _values;
    private readonly Dictionary<SyntaxNode, IOperation> _original = new();
    private readonly Dictionary<SyntaxNode, ResourceKind> _loopKinds = new();

    public FlowEventCollector(IOperation originalBlock, ValueResolver values)
    {
        _values = values;
        foreach (var operation in originalBlock.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation or IPropertyReferenceOperation or ISimpleAssignmentOperation:
                    _original[operation.Syntax] = operation;
                    break;
                case IForEachLoopOperation loop:
                    NoteUpdatingLoop(loop);
                    break;
            }
        }
    }

    /// <summary>True when the body has an UpdateConfig that changes the key: only then is a graph worth building.</summary>
    public static bool HasKeyChange(IOperation block, ValueResolver values)
    {
        foreach (var operation in block.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "UpdateConfig" or "UpdateConfigAsync" } invocation
                && SpeechCall.TryCreate(invocation, values) is { IsKeyChange: true })
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<FlowEvent>[] Collect(ControlFlowGraph graph)
    {
        var result = new IReadOnlyList<FlowEvent>[graph.Blocks.Length];
        var keyChanges = new List<FlowEvent>();
        var checks = new List<FlowEvent>();
        foreach (var block in graph.Blocks)
        {
            var events = new List<FlowEvent>();
            var index = 0;
            foreach (var root in Roots(block))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (Classify(operation) is { } flowEvent)
                    {
                        flowEvent.Block = block.Ordinal;
                        flowEvent.Index = index;
                        flowEvent.Position = operation.Syntax.SpanStart;
                        events.Add(flowEvent);
                        (flowEvent.Kind == FlowEventKind.KeyChange ? keyChanges : flowEvent.Kind == FlowEventKind.KeyCheck ? checks : null)?.Add(flowEvent);
                    }
                }

                index++;
            }

            events.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Position.CompareTo(b.Position));
            result[block.Ordinal] = events;
        }

        // A check counts only against a key change whose new key it compares with.
        foreach (var check in checks)
        {
            check.ComparedWith = new HashSet<FlowEvent>();
            if (!KeyComparison.TryGetComparands(check.Operation!, out var comparands, out var againstEmpty))
            {
                continue;
            }

            foreach (var change in keyChanges)
            {
                var key = change.Key!;
                if ((againstEmpty && key.IsRemoval) || comparands.Exists(c => KeyComparison.IsTheNewKey(c, key, _values)))
                {
                    check.ComparedWith.Add(change);
                }
            }
        }

        return result;
    }

    private static IEnumerable<IOperation> Roots(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            yield return operation;
        }

        if (block.BranchValue is { } branch)
        {
            yield return branch;
        }
    }

    private FlowEvent? Classify(IOperation flowOperation)
    {
        if (!_original.TryGetValue(flowOperation.Syntax, out var original) || original.Kind != flowOperation.Kind)
        {
            return null;
        }

        var symbols = _values.Symbols;
        switch (original)
        {
            case IInvocationOperation invocation:
                if (SpeechCall.TryCreate(invocation, _values) is { Key: { } key })
                {
                    return new FlowEvent { Kind = FlowEventKind.KeyChange, Key = key, Operation = invocation };
                }

                if (ReencryptionFacts.UpdatedKind(invocation, symbols) is not ResourceKind.None and var updated)
                {
                    return new FlowEvent { Kind = FlowEventKind.Reencrypt, Resource = updated, Operation = invocation };
                }

                if (_loopKinds.TryGetValue(invocation.Syntax, out var listed))
                {
                    return new FlowEvent { Kind = FlowEventKind.Reencrypt, Resource = listed, Operation = invocation };
                }

                if (ReencryptionFacts.RetiresKeyVersion(invocation))
                {
                    return new FlowEvent { Kind = FlowEventKind.KeyVersionRetired, Operation = invocation };
                }

                // A resource handed to a method we do not look into (a helper that may update it and merge the result
                // back): its key is unknown afterwards, and only definite findings are reported, so it counts as fresh.
                return HandedToUnknownMethod(invocation, symbols) is { } handed
                    ? new FlowEvent { Kind = FlowEventKind.FreshValue, Variable = handed, Operation = invocation }
                    : null;
            case IPropertyReferenceOperation { Instance: { } instance } property when ReencryptionFacts.IsKeyField(property.Property):
                var kind = ReencryptionFacts.KindOf(instance.Type, symbols);
                if (kind == ResourceKind.None || IsFresh(instance) || Variable(instance) is not { } variable)
                {
                    return null;
                }

                return new FlowEvent { Kind = FlowEventKind.KeyCheck, Resource = kind, Variable = variable, Operation = property };
            case ISimpleAssignmentOperation assignment when Variable(assignment.Target) is { } target && IsFreshValue(assignment.Value):
                return new FlowEvent { Kind = FlowEventKind.FreshValue, Variable = target, Operation = assignment };
            default:
                return null;
        }
    }

    /// <summary>The first resource variable passed as an argument to a method outside the SpeechClient.</summary>
    private static ISymbol? HandedToUnknownMethod(IInvocationOperation invocation, SpeechSymbols symbols)
    {
        if (symbols.IsSpeechClient(invocation.TargetMethod.ContainingType))
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            var value = OperationTree.Unwrap(argument.Value);
            if (ReencryptionFacts.KindOf(value.Type, symbols) != ResourceKind.None && Variable(value) is { } variable)
            {
                return variable;
            }
        }

        return null;
    }

    /// <summary>The resource comes from a Create* or Update* call: it carries the current key.</summary>
    private bool IsFresh(IOperation instance)
    {
        var origin = _values.OriginOf(instance);
        return origin is not null && origin.Expression != OperationTree.Unwrap(instance) && IsFreshValue(origin.Expression);
    }

    private bool IsFreshValue(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation invocation
                && (ReencryptionFacts.CreatedKind(invocation, _values.Symbols) != ResourceKind.None || ReencryptionFacts.UpdatedKind(invocation, _values.Symbols) != ResourceKind.None))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Variable(IOperation operation) => OperationTree.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
        _ => null,
    };

    /// <summary>
    /// <c>foreach (var r in speech.ListRecognizers(parent)) { speech.UpdateRecognizer(r, ...); }</c> re-encrypts every
    /// recognizer of that location, even on the path where the list is empty: the List call stands for the updates.
    /// </summary>
    private void NoteUpdatingLoop(IForEachLoopOperation loop)
    {
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation declarator
            || OperationTree.Unwrap(loop.Collection) is not IInvocationOperation list
            || !list.TargetMethod.Name.StartsWith("List", System.StringComparison.Ordinal))
        {
            return;
        }

        foreach (var operation in loop.Body.Descendants())
        {
            if (operation is IInvocationOperation update
                && ReencryptionFacts.UpdatedKind(update, _values.Symbols) is not ResourceKind.None and var kind
                && update.Arguments.Length > 0
                && update.Arguments[0].Value.DescendantsAndSelf() is var argumentParts)
            {
                foreach (var part in argumentParts)
                {
                    if (part is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
                    {
                        _loopKinds[list.Syntax] = kind;
                        return;
                    }
                }
            }
        }
    }
}
