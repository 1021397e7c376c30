namespace Watcher.Core.Facts;

/// <summary>
/// A thread's last few answers (<see cref="Size"/> unless told) of one question about a text, for an equal sentence asked again: a
/// poll reads each item twice (its story fingerprint reads "headline.\nbody", the tracker "headline\nbody"), so every
/// body sentence is asked the same questions twice. Only for questions whose answer depends on the sentence alone; a
/// list answer is handed out as a new list (the caller may change it).
/// </summary>
internal sealed class RecentAnswers<T> where T : class
{
    public const int Size = 32;
    private readonly string?[] _texts;
    private readonly T?[] _answers;
    private int _next;

    public RecentAnswers(int size = Size)
    {
        _texts = new string?[size];
        _answers = new T?[size];
    }

    public bool TryGet(string text, out T answer)
    {
        for (var i = 0; i < _texts.Length; i++)
            if (string.Equals(_texts[i], text, StringComparison.Ordinal))
            {
                answer = _answers[i]!;
                return true;
            }
        answer = null!;
        return false;
    }

    /// <summary>The remembered answer for an equal text, else <paramref name="read"/>'s, remembered.</summary>
    public T Answer(string text, Func<string, T> read)
    {
        if (TryGet(text, out var known)) return known;
        var found = read(text);
        Put(text, found);
        return found;
    }

    public void Put(string text, T answer)
    {
        _texts[_next] = text;
        _answers[_next] = answer;
        _next = (_next + 1) % _texts.Length;
    }
}
