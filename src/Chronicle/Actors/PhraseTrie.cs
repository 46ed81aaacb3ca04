using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>A trie over word norms, built once and frozen: the recognizer walks it from each word to find the longest known phrase.</summary>
internal sealed class PhraseTrie<T>
{
    private PhraseTrie(Node root, FrozenSet<string> vocabulary)
    {
        Root = root;
        Vocabulary = vocabulary;
    }

    public Node Root { get; }

    /// <summary>Every word of every phrase, so that a hyphenated text word is split only when no phrase uses it whole.</summary>
    public FrozenSet<string> Vocabulary { get; }

    public sealed class Node
    {
        private static readonly FrozenDictionary<string, Node> NoChildren = FrozenDictionary<string, Node>.Empty;

        internal Node(FrozenDictionary<string, Node>? children, T[] values)
        {
            Children = children ?? NoChildren;
            Values = values;
        }

        public FrozenDictionary<string, Node> Children { get; }

        /// <summary>The entries whose phrase ends here, in the order they were added.</summary>
        public T[] Values { get; }

        public Node? Next(string norm) => Children.TryGetValue(norm, out var child) ? child : null;
    }

    public sealed class Builder
    {
        private readonly MutableNode _root = new();
        private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

        public int Count { get; private set; }

        public void Add(IReadOnlyList<string> norms, T value)
        {
            var node = _root;
            foreach (var norm in norms)
            {
                _vocabulary.Add(norm);
                node.Children ??= new Dictionary<string, MutableNode>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(norm, out var child))
                    node.Children[norm] = child = new MutableNode();
                node = child;
            }

            node.Values.Add(value);
            Count++;
        }

        /// <summary>Removes the values at a phrase that <paramref name="remove"/> selects (a user entry overriding ours).</summary>
        public void RemoveWhere(IReadOnlyList<string> norms, Predicate<T> remove)
        {
            var node = _root;
            foreach (var norm in norms)
            {
                if (node.Children is null || !node.Children.TryGetValue(norm, out node))
                    return;
            }

            Count -= node.Values.RemoveAll(remove);
        }

        public IReadOnlyList<T> ValuesAt(IReadOnlyList<string> norms)
        {
            var node = _root;
            foreach (var norm in norms)
            {
                if (node.Children is null || !node.Children.TryGetValue(norm, out node))
                    return [];
            }

            return node.Values;
        }

        public PhraseTrie<T> Build() => new(Freeze(_root), _vocabulary.ToFrozenSet(StringComparer.Ordinal));

        private static Node Freeze(MutableNode node) =>
            new(node.Children?.ToFrozenDictionary(pair => pair.Key, pair => Freeze(pair.Value), StringComparer.Ordinal), [.. node.Values]);

        private sealed class MutableNode
        {
            public Dictionary<string, MutableNode>? Children;
            public readonly List<T> Values = [];
        }
    }
}
