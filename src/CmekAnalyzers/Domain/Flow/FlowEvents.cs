using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Domain.Flow;

internal enum FlowEventKind
{
    /// <summary>An UpdateConfig that sets or removes the key.</summary>
    KeyChange,

    /// <summary>An Update* call (or a List* loop that updates every item): resources of that kind are re-encrypted.</summary>
    Reencrypt,

    /// <summary>A variable now holds a resource created or updated after the change.</summary>
    FreshValue,

    /// <summary>A comparison of an existing resource's key field with the new key.</summary>
    KeyCheck,

    /// <summary>A Cloud KMS call that destroys or disables a key version.</summary>
    KeyVersionRetired,
}

/// <summary>Something CMEK003 cares about, at a position of the control-flow graph.</summary>
internal sealed class FlowEvent
{
    public FlowEventKind Kind { get; set; }

    public int Block { get; set; }

    /// <summary>Order inside the block: operation index, then source position.</summary>
    public int Index { get; set; }

    public int Position { get; set; }

    public ResourceKind Resource { get; set; }

    /// <summary>KeyCheck: the variable whose key is read; FreshValue: the variable assigned.</summary>
    public ISymbol? Variable { get; set; }

    /// <summary>KeyCheck: the key changes whose new key the read is compared with.</summary>
    public HashSet<FlowEvent>? ComparedWith { get; set; }

    public KeyReference? Key { get; set; }

    public IOperation? Operation { get; set; }
}
