using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>A trie over word norms, built once and frozen: the recognizer walks it from each word to find the longest known phrase.</summary>
internal sealed class PhraseTrie<T>
    where T : IPhraseValue
{
    private PhraseTrie(Node root, FrozenSet<string> vocabulary)
    {
        Root = root;
        Vocabulary = vocabulary;
    }

    public Node Root { get; }

    /// <summary>Every word of every phrase, so that a hyphenated text word is split only when no phrase uses it whole.</summary>
    public FrozenSet<string> Vocabulary { get; }

    /// <summary>The length of the longest phrase at <paramref name="start"/>, within its sentence, with a value that accepts the words
    /// there (their case); 0 when none. <paramref name="values"/> are the values of that phrase.</summary>
    public int Longest(Word[] words, int start, out T[] values)
    {
        values = [];
        if (start >= words.Length)
            return 0;
        var node = Root;
        var best = 0;
        var sentence = words[start].Sentence;
        for (var j = start; j < words.Length && words[j].Sentence == sentence; j++)
        {
            var next = node.Next(words[j].Norm);
            if (next is null)
                break;
            node = next;
            foreach (var value in node.Values)
            {
                if (value.Accepts(words, start))
                {
                    best = j - start + 1;
                    values = node.Values;
                    break;
                }
            }
        }

        return best;
    }

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
