using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace CmekAnalyzers.Domain.Flow;

/// <summary>
/// Reachability on a method's control-flow graph: which events can follow a start event on some path that meets
/// no blocking event first. Loops are followed around their back edge; finally regions are entered from the
/// branches that leave their try.
/// </summary>
internal static class PathSearch
{
    public static HashSet<FlowEvent> Reachable(ControlFlowGraph graph, IReadOnlyList<FlowEvent>[] eventsByBlock, FlowEvent start, Func<FlowEvent, bool> blocks, Func<FlowEvent, bool> isTarget)
    {
        var found = new HashSet<FlowEvent>();
        var visited = new bool[graph.Blocks.Length];
        var queue = new Queue<int>();

        // The rest of the start block, then its successors.
        if (!Scan(eventsByBlock[start.Block], start, blocks, isTarget, found))
        {
            Enqueue(graph, start.Block, queue);
        }

        while (queue.Count > 0)
        {
            var block = queue.Dequeue();
            if (visited[block])
            {
                continue;
            }

            visited[block] = true;
            if (!Scan(eventsByBlock[block], null, blocks, isTarget, found))
            {
                Enqueue(graph, block, queue);
            }
        }

        return found;
    }

    /// <summary>Visits the events of a block in order (after <paramref name="after"/>); true when a blocking event ends the path.</summary>
    private static bool Scan(IReadOnlyList<FlowEvent> events, FlowEvent? after, Func<FlowEvent, bool> blocks, Func<FlowEvent, bool> isTarget, HashSet<FlowEvent> found)
    {
        var started = after is null;
        foreach (var flowEvent in events)
        {
            if (!started)
            {
                started = flowEvent == after;
                continue;
            }

            if (isTarget(flowEvent))
            {
                found.Add(flowEvent);
            }

            if (blocks(flowEvent))
            {
                return true;
            }
        }

        return false;
    }

    private static void Enqueue(ControlFlowGraph graph, int ordinal, Queue<int> queue)
    {
        var block = graph.Blocks[ordinal];
        foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
        {
            if (branch is null)
            {
                continue;
            }

            foreach (var region in branch.FinallyRegions)
            {
                queue.Enqueue(region.FirstBlockOrdinal);
            }

            if (branch.Destination is { } destination)
            {
                queue.Enqueue(destination.Ordinal);
            }
        }

        // The end of a finally region continues wherever the try was left to: approximate by every block after it.
        if (block.EnclosingRegion is { Kind: ControlFlowRegionKind.Finally } finallyRegion && ordinal == finallyRegion.LastBlockOrdinal
            && finallyRegion.LastBlockOrdinal + 1 < graph.Blocks.Length)
        {
            queue.Enqueue(finallyRegion.LastBlockOrdinal + 1);
        }
    }
}
