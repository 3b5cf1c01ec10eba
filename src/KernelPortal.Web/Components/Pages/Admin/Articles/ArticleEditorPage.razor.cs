using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using KernelPortal.Web.Cms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;

namespace KernelPortal.Web.Components.Pages.Admin.Articles;

/// <summary>
/// The article editor: fields, Markdown beside a live preview rendered by the public page's own component, autosave,
/// workflow steps, conflict handling and presence. Every store goes through <see cref="ArticleEditService"/>.
/// </summary>
public sealed partial class ArticleEditorPage
{
    /// <summary>How long the editor waits after the last change before saving by itself.</summary>
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _closing = new();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly Guid _sessionId = Guid.NewGuid();

    /// <summary>On a phone: whether the preview tab is showing instead of the form.</summary>
    private bool _showPreview;

    /// <summary>When this editor last reported its presence; reset to report again at once.</summary>
    private DateTimeOffset _lastBeat = DateTimeOffset.MinValue;

    private bool _loaded;
    private bool _notFound;

    /// <summary>Why the article could not be loaded when the circuit started (the database did not answer), or null.</summary>
    private string? _unavailable;
    private int? _articleId;
    private uint _token;
    private ArticleStatus? _status;
    private bool _isGenerated;
    private ArticleFields _fields = new();
    private string _translationSlug = string.Empty;
    private DateTimeOffset? _publishedAt;
    private string _authorName = string.Empty;
    private Article _preview = new() { Title = string.Empty, Slug = "preview" };
    private IReadOnlyList<Release> _releases = [];
    private IReadOnlyList<KernelPortal.Core.Content.Series> _seriesList = [];
    private IReadOnlyList<FeatureTag> _tags = [];
    private List<ArticleSource> _sources = [];
    private IReadOnlyList<ArticleStatus> _steps = [];
    private IReadOnlyList<string> _others = [];
    private Dictionary<string, string> _errors = [];

    // Ties an input to its error message for screen readers (FieldError renders the message with that id).
    private string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    private string? DescribedBy(string field) => _errors.ContainsKey(field) ? Shared.FieldError.IdFor(field) : null;
    private ArticleVersion? _conflict;
    private DateTime? _scheduleAt;
    private bool _dirty;
    private bool _busy;
    private bool _readOnly;
    private string? _readOnlyReason;
    private DateTimeOffset _lastChange;
    private string _saveState = string.Empty;
    private string? _message;
    private bool _messageIsError;
    private Actor? _actor;

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    public Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private CmsReads Reads { get; set; } = null!;

    [Inject]
    private ArticleEditService Editing { get; set; } = null!;

    [Inject]
    private PresenceTracker Presence { get; set; } = null!;

    [Inject]
    private MarkdownRenderer Renderer { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NewsroomZone Newsroom { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private CurrentActors Actors { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private CircuitConnection Connection { get; set; } = null!;

    private string TitleText { get => _fields.Title; set => Typed(_fields with { Title = value }); }

    private string SlugText { get => _fields.Slug; set => Typed(_fields with { Slug = value.Trim() }); }

    private string LeadText { get => _fields.Lead; set => Typed(_fields with { Lead = value }); }

    private string IowText { get => _fields.Iow ?? string.Empty; set => Typed(_fields with { Iow = value }); }

    private string LanguageValue { get => _fields.Language.ToString(); set => Change(_fields with { Language = Enum.Parse<Language>(value) }); }

    private string ReleaseValue { get => _fields.ReleaseId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty; set => Change(_fields with { ReleaseId = int.TryParse(value, out var id) ? id : null }); }

    private string SeriesValue { get => _fields.SeriesId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty; set => Change(_fields with { SeriesId = int.TryParse(value, out var id) ? id : null }); }

    private int? SeriesPart { get => _fields.SeriesPart; set => Change(_fields with { SeriesPart = value }); }

    /// <summary>An uploaded image goes into the text where the cursor stands; the text then travels as typing does.</summary>
    private async Task InsertImageAsync((KernelPortal.Core.Media.MediaImage Image, string AltText) uploaded) =>
        await JS.InvokeVoidAsync("kportalMedia.insert", _closing.Token, uploaded.Image.Markdown(uploaded.AltText));

    protected override async Task OnInitializedAsync()
    {
        Connection.Changed += OnConnectionChangedAsync;
        _actor = CmsActor.From((await AuthenticationState).User);
        // The prerender loaded the article; if the database goes away before the circuit loads it again, the page says
        // so and shows no form (an empty one saved would be a new article, not this one).
        _unavailable = await CmsDatabaseFailure.LoadAsync(LoadAsync, RendererInfo.IsInteractive, L);
    }

    private async Task LoadAsync()
    {
        (_releases, _seriesList, _tags) = await Reads.EditorChoicesAsync(_closing.Token);

        if (Id is { } id)
        {
            var article = await Editing.LoadAsync(id, _closing.Token);
            if (article is null)
            {
                // A real 404 on the first response, like the public pages; the markup below covers a live circuit.
                _notFound = true;
                _loaded = true;
                Navigation.NotFound();
                return;
            }

            await ShowStoredAsync(article);
        }
        else
        {
            _authorName = _actor?.Name ?? string.Empty;
            _steps = [];
            RenderPreview();
        }

        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _unavailable is null)
        {
            // One loop per open editor: autosave after a pause in typing, and the presence heartbeat.
            _ = RunBackgroundLoopAsync();
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("kportalBody.attach", _closing.Token, _self);
        }
    }

    // The text as the browser's textarea last had it from the server or sent it up, and the textarea's version: a new
    // version (a new element) only when the server replaces the text (load, restore, take theirs, merge).
    // _renderedBody is what the element was created with and never changes for that element: were it to follow each
    // keystroke, Blazor would send it back down and overwrite what the editor typed in the meantime.
    private string _clientBody = string.Empty;
    private string _renderedBody = string.Empty;
    private int _bodyVersion;
    private DotNetObjectReference<ArticleEditorPage>? _self;

    private void SyncClientBody()
    {
        if (!string.Equals(_clientBody, _fields.BodyMarkdown, StringComparison.Ordinal))
        {
            _clientBody = _renderedBody = _fields.BodyMarkdown;
            _bodyVersion++;
        }
    }

    /// <summary>The body as the browser has it now, covering <paramref name="inputs"/> input events (cms-body-sync.js).</summary>
    [JSInvokable]
    public Task BodyTyped(string text, int inputs) => InvokeAsync(() =>
    {
        if (_readOnly || _notFound)
        {
            return;
        }

        _keystrokesSeen += Math.Max(inputs, 0);
        _clientBody = text;
        Change(_fields with { BodyMarkdown = text });
        StateHasChanged();
    });

    private async Task RunBackgroundLoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                var now = Clock.GetUtcNow();
                if (_dirty && !_busy && _conflict is null && !_readOnly && now - _lastChange >= AutosaveDelay && _fields.Title.Trim().Length > 0)
                {
                    // A timer is not a UI event: Blazor renders after it only when asked, so the state moves on
                    // screen (Saving… → Saved hh:mm:ss, the new article's heading and steps) as soon as it is known.
                    await InvokeAsync(async () =>
                    {
                        await SaveAsync(automatic: true);
                        StateHasChanged();
                    });
                }

                // Only while the browser is there: a circuit outlives a vanished browser by minutes.
                if (_articleId is { } id && _actor is not null && Connection.IsConnected && now - _lastBeat >= PresenceTracker.Heartbeat)
                {
                    _lastBeat = now;
                    var others = await Presence.BeatAsync(id, _sessionId, _actor, _closing.Token);
                    if (!others.SequenceEqual(_others))
                    {
                        _others = others;
                        await InvokeAsync(StateHasChanged);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The editor closed.
        }
        catch (Exception ex) when (DatabaseFailed(ex))
        {
            // The database went away; the next explicit save reports it. Presence resumes when the page is reopened.
            await InvokeAsync(() => ShowMessage(L["Lost contact with the database ({0}). Autosave is paused; use Save.", ex.GetBaseException().Message], error: true));
        }
    }

    /// <summary>
    /// The editor is closing (the tab reloaded or closed, the leave guard was answered with "leave") while the server
    /// holds text it has not stored: what the preview showed is saved as a revision rather than dropped. Nothing is
    /// rendered any more, so this goes straight to the edit service.
    /// </summary>
    private async Task SaveOnLeavingAsync()
    {
        if (!_dirty || _readOnly || _conflict is not null || _actor is null || _fields.Title.Trim().Length == 0)
        {
            return;
        }

        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            // A save in progress finishes first; then whatever is still unsaved goes in.
            if (!await _saving.WaitAsync(TimeSpan.FromSeconds(10), budget.Token))
            {
                return;
            }

            try
            {
                if (_dirty && await RefreshActorAsync() && await WithTranslationAsync(_fields) is { } fields)
                {
                    _ = _articleId is { } id
                        ? await Editing.SaveAsync(id, fields, _token, _actor, budget.Token)
                        : await Editing.CreateAsync(fields, _actor, budget.Token);
                }
            }
            finally
            {
                _saving.Release();
            }
        }
        catch (Exception ex) when (DatabaseFailed(ex) || ex is OperationCanceledException)
        {
            // The database did not answer in time; the leave guard had warned that the text was unsaved.
        }
    }

    /// <summary>The browser went away: others stop seeing this editor at once. It came back: report in at the next tick.</summary>
    private async Task OnConnectionChangedAsync(bool connected)
    {
        _lastBeat = DateTimeOffset.MinValue;
        if (!connected)
        {
            try
            {
                await Presence.LeaveAsync(_sessionId, CancellationToken.None);
            }
            catch (Exception ex) when (DatabaseFailed(ex))
            {
                // The row ages out after PresenceTracker.Expiry anyway.
            }
        }
    }

    private async Task ShowStoredAsync(Article article)
    {
        _articleId = article.Id;
        _token = article.ConcurrencyToken;
        _status = article.Status;
        _isGenerated = article.IsGenerated;
        _publishedAt = article.PublishedAt;
        _authorName = article.AuthorName;
        _sources = article.Sources;
        _fields = ArticleFields.Of(article);
        _translationSlug = article.TranslationId is { } translationId ? await Reads.SlugOfAsync(translationId, _closing.Token) ?? string.Empty : string.Empty;

        _readOnlyReason = _actor is null ? L["No CMS role."] : ArticleWorkflow.WhyNotEdit(article, _actor);
        _readOnly = _readOnlyReason is not null;
        _steps = _actor is null ? [] : [.. ArticleWorkflow.Next(article.Status).Where(s => ArticleWorkflow.WhyNotTransition(article, s, _actor) is null)];
        _dirty = false;
        RenderPreview();
    }

    // Keystrokes in the five typed fields, counted so that the leave guard in the browser knows whether the server
    // has seen every keystroke it sent (wwwroot/js/cms-unsaved-guard.js compares its own count with this one).
    private int _keystrokesSeen;

    private void Typed(ArticleFields fields)
    {
        _keystrokesSeen++;
        Change(fields);
    }

    private void Change(ArticleFields fields)
    {
        _fields = fields;
        MarkDirty();
    }

    private void MarkDirty()
    {
        _dirty = true;
        _lastChange = Clock.GetUtcNow();
        _saveState = L["Unsaved changes"];
        RenderPreview();
    }

    private void ToggleTag(int tagId, bool on) =>
        Change(_fields with { TagIds = on ? [.. _fields.TagIds.Append(tagId).Distinct().Order()] : [.. _fields.TagIds.Where(t => t != tagId)] });

    private void RenderPreview()
    {
        var preview = new Article
        {
            Title = string.Empty,
            Slug = string.Empty,
            AuthorName = _authorName,
            PublishedAt = _publishedAt ?? Clock.GetUtcNow(),
            Release = _releases.FirstOrDefault(r => r.Id == _fields.ReleaseId),
            Series = _seriesList.FirstOrDefault(s => s.Id == _fields.SeriesId),
        };
        _fields.ApplyTo(preview, Renderer);
        preview.Tags.AddRange(_tags.Where(t => _fields.TagIds.Contains(t.Id)));
        _preview = preview;
    }

    private Task<bool> SaveNowAsync() => SaveAsync(automatic: false);

    private async Task<bool> SaveAsync(bool automatic)
    {
        // An autosave gives way to a save in progress; a click on Save waits for it, then saves what is still unsaved.
        if (_actor is null || (automatic ? !await _saving.WaitAsync(0) : !await WaitForSaveSlotAsync()))
        {
            return false;
        }

        if (!automatic && !_dirty && _articleId is not null && _conflict is null)
        {
            _saving.Release();
            return true;
        }

        _busy = true;
        _saveState = L["Saving…"];
        StateHasChanged();
        try
        {
            // Inside the try: checking the account asks the database too, and its failure must not end the circuit.
            if (!await RefreshActorAsync())
            {
                _saveState = L["Not saved"];
                return false;
            }

            var fields = await WithTranslationAsync(_fields);
            if (fields is null)
            {
                _saveState = L["Not saved"];
                return false;
            }

            var result = _articleId is { } id
                ? await Editing.SaveAsync(id, fields, _token, _actor, _closing.Token)
                : await Editing.CreateAsync(fields, _actor, _closing.Token);
            return await HandleAsync(result, automatic ? L["Saved automatically"] : L["Saved"]);
        }
        catch (Exception ex) when (DatabaseFailed(ex))
        {
            // Nothing was acknowledged, so nothing is lost: the text stays in the editor and the next save retries.
            ShowMessage(L["Not saved: the database did not answer ({0}). Your text is still here; save again.", ex.GetBaseException().Message], error: true);
            _saveState = L["Not saved"];
            return false;
        }
        finally
        {
            _busy = false;
            _saving.Release();
        }
    }

    // The step waiting for the editor's confirmation (unpublishing a live article), if any.
    private ArticleStatus? _confirmStep;

    private async Task AskTransitionAsync(ArticleStatus to)
    {
        if (_status == ArticleStatus.Published && to is ArticleStatus.Draft or ArticleStatus.Archived)
        {
            _confirmStep = to;
            return;
        }

        await TransitionAsync(to);
    }

    private async Task TransitionAsync(ArticleStatus to)
    {
        _confirmStep = null;
        if (_actor is null || _articleId is not { } id)
        {
            return;
        }

        // Unsaved text is saved first (SaveAsync checks the account itself); otherwise the account is checked below.
        if (_dirty && !_readOnly && !await SaveAsync(automatic: false))
        {
            return;
        }

        DateTimeOffset? publishAt = null;
        if (to == ArticleStatus.Scheduled)
        {
            if (_scheduleAt is not { } local)
            {
                ShowMessage(L["Choose the date and time ({0}) to publish at.", Time.Label], error: true);
                return;
            }

            // The newsroom's wall clock (CmsTime), not UTC: "8:00" is eight in the morning where the editors are.
            publishAt = Time.Instant(local);
            if (publishAt is null)
            {
                ShowMessage(L["{0} does not exist in {1}: the clocks go forward that night. Choose another time.", local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Time.Label], error: true);
                return;
            }
        }

        await _saving.WaitAsync();
        _busy = true;
        try
        {
            if (!await RefreshActorAsync())
            {
                return;
            }

            var result = await Editing.TransitionAsync(id, to, publishAt, _token, _actor, _closing.Token);
            await HandleAsync(result, L["{0}: done", StepLabel(to)]);
        }
        catch (Exception ex) when (DatabaseFailed(ex))
        {
            ShowMessage(L["Not changed: the database did not answer ({0}). Try again.", ex.GetBaseException().Message], error: true);
        }
        finally
        {
            _busy = false;
            _saving.Release();
        }
    }

    private async Task<bool> HandleAsync(EditResult result, string done)
    {
        _errors = [];
        switch (result)
        {
            case EditResult.Saved saved:
                if (Id is null && _articleId is null)
                {
                    // The first save of a new article: give the page the article's own address, so that F5, a bookmark
                    // or a shared link reopens it. history.replaceState, not NavigateTo: the circuit, the typing and the
                    // undo history stay as they are (a navigation would build the page anew).
                    await JS.InvokeVoidAsync("history.replaceState", null, "", $"/admin/articles/{saved.ArticleId}");
                }

                var article = await Editing.LoadAsync(saved.ArticleId, _closing.Token);
                var typedSinceSave = _fields;
                await ShowStoredAsync(article!);
                _conflict = null;
                _saveState = L["{0} {1} · revision {2}", done, Time.Format(Clock.GetUtcNow(), "HH:mm:ss"), saved.Revision];
                _message = null;
                if (typedSinceSave.BodyMarkdown != article!.BodyMarkdown || typedSinceSave.Title.Trim() != article.Title || typedSinceSave.Lead.Trim() != article.Lead)
                {
                    // Typing went on while the save ran: keep it, unsaved, rather than show the stored text.
                    Change(_fields with { Title = typedSinceSave.Title, Lead = typedSinceSave.Lead, BodyMarkdown = typedSinceSave.BodyMarkdown });
                }

                return true;
            case EditResult.Invalid invalid:
                _errors = new Dictionary<string, string>(invalid.Errors);
                ShowMessage(L["Not saved: {0}", string.Join(" ", invalid.Errors.Values)], error: true);
                _saveState = L["Not saved"];
                return false;
            case EditResult.Forbidden forbidden:
                ShowMessage(L["Not allowed: {0}", forbidden.Reason], error: true);
                return false;
            case EditResult.Conflict conflict:
                _conflict = conflict.Theirs;
                _saveState = L["Conflict – not saved"];
                ShowMessage(L["{0} saved this article at {1}, after you opened it. Nothing was overwritten: compare and merge below.", conflict.Theirs.SavedBy, Time.Format(conflict.Theirs.SavedAt, "HH:mm:ss")], error: true);
                return false;
            default:
                ShowMessage(L["This article no longer exists."], error: true);
                return false;
        }
    }

    private async Task<bool> WaitForSaveSlotAsync()
    {
        await _saving.WaitAsync(_closing.Token);
        return true;
    }

    // The login's claims were read when the page opened; the account's role may have changed since.
    private async Task<bool> RefreshActorAsync()
    {
        _actor = await Actors.RefreshAsync(_actor);
        if (_actor is null)
        {
            ShowMessage(L["Your account no longer has a CMS role or is locked; nothing was saved. Reload the page."], error: true);
            _readOnly = true;
            _steps = [];
            return false;
        }

        return true;
    }

    private async Task<ArticleFields?> WithTranslationAsync(ArticleFields fields)
    {
        if (_translationSlug.Trim() is not { Length: > 0 } slug)
        {
            return fields with { TranslationId = null };
        }

        var id = await Reads.IdOfSlugAsync(slug, _closing.Token);
        if (id is null)
        {
            _errors = new() { [nameof(ArticleFields.TranslationId)] = $"No article has the slug '{slug}'." };
            ShowMessage(L["Not saved: the translation's slug is unknown."], error: true);
            return null;
        }

        return fields with { TranslationId = id };
    }

    private async Task TakeTheirsAsync()
    {
        var article = _articleId is { } id ? await Editing.LoadAsync(id, _closing.Token) : null;
        if (article is not null)
        {
            await ShowStoredAsync(article);
        }

        _conflict = null;
        ShowMessage(L["Loaded the stored version; your text was discarded (it was never saved)."], error: false);
    }

    private async Task KeepMineAsync()
    {
        // Saving over their version knowingly: theirs stays as a revision, so it can still be restored.
        _token = _conflict!.Token;
        _conflict = null;
        await SaveAsync(automatic: false);
    }

    private async Task SaveMergedAsync(ArticleFields merged)
    {
        _token = _conflict!.Token;
        _conflict = null;
        _fields = merged;
        RenderPreview();
        await SaveAsync(automatic: false);
    }

    private void ShowMessage(string message, bool error)
    {
        _message = message;
        _messageIsError = error;
    }

    private string StepLabel(ArticleStatus to) => to switch
    {
        ArticleStatus.InReview => L["Submit for review"],
        ArticleStatus.Draft => L["Back to draft"],
        ArticleStatus.Published => L["Publish now"],
        ArticleStatus.Archived => L["Archive"],
        _ => to.ToString(),
    };

    // A database that did not answer (CmsDatabaseFailure: the outage itself, or the execution strategy giving up after
    // about twenty seconds, as an editor's circuit has no reader's budget), or any other error of the save: EF's save
    // wrapper, the pool's refusal (InvalidOperationException), a timeout. Caught, the editor says so and keeps the
    // text; uncaught, it would end the circuit and lose what was typed since the last save.
    private static bool DatabaseFailed(Exception ex) =>
        CmsDatabaseFailure.Is(ex) || ex is DbUpdateException or Npgsql.NpgsqlException or InvalidOperationException or TimeoutException;

    public async ValueTask DisposeAsync()
    {
        Connection.Changed -= OnConnectionChangedAsync;
        await SaveOnLeavingAsync();
        await _closing.CancelAsync();
        _self?.Dispose();
        try
        {
            await Presence.LeaveAsync(_sessionId, CancellationToken.None);
        }
        catch (Exception ex) when (DatabaseFailed(ex))
        {
            // The row ages out after PresenceTracker.Expiry anyway.
        }

        _closing.Dispose();
        _saving.Dispose();
    }
}
