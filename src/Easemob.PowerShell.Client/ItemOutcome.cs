using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// What the server said about one item of a batch call: its result, or that item's own error. Every batch call
/// answers one outcome per item given, in the order given; the module's batcher writes them as they are.
/// </summary>
public readonly struct ItemOutcome<T>
{
    private ItemOutcome(T result, EasemobApiException? error)
    {
        Result = result;
        Error = error;
    }

    /// <summary>The item's result; default when it failed.</summary>
    public T Result { get; }

    /// <summary>The item's own failure; null when it succeeded.</summary>
    public EasemobApiException? Error { get; }

    public bool Succeeded => Error is null;

    public static ItemOutcome<T> Success(T result) => new(result, null);

    public static ItemOutcome<T> Failure(EasemobApiException error) => new(default!, error);

    /// <summary>One outcome per item: each item's error when <paramref name="errorOf"/> has one, else <paramref name="resultOf"/>.</summary>
    internal static IReadOnlyList<ItemOutcome<T>> ForEach<TItem>(IEnumerable<TItem> items, System.Func<TItem, EasemobApiException?> errorOf, System.Func<TItem, T> resultOf) =>
        items.Select(item => errorOf(item) is { } error ? Failure(error) : Success(resultOf(item))).ToArray();
}
