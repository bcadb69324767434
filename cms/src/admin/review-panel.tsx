import { Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/admin/strapi-admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The review panel beside every reviewed entry's edit view: its state, the reviewer's note, the
 * commands this editor may give, and the history. The server (`src/lib/review-flow.ts`) decides
 * everything; the panel only shows and asks.
 */

/** Types that go through review; `src/lib/review.ts` holds the same list for the server. */
const REVIEWED_TYPES = new Set([
  'api::product.product',
  'api::article.article',
  'api::deal.deal',
  'api::merchant.merchant',
  'api::lottery.lottery',
  'api::friend-link.friend-link',
]);

type Command = 'submit' | 'approve' | 'request_changes';

interface ReviewEvent {
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  actorName: string | null;
  at: string;
}

interface ReviewStatus {
  exists: boolean;
  state: string;
  stateLabel: string;
  note: string | null;
  commands: Command[];
  events: ReviewEvent[];
}

const COMMAND_LABELS: Record<Command, string> = {
  submit: '送审',
  approve: '审核通过',
  request_changes: '退回修改',
};

const ACTION_LABELS: Record<string, string> = {
  submit: '送审',
  approve: '审核通过',
  request_changes: '退回修改',
  reopen: '修改后重新送审',
  publish: '发布',
  unpublish: '取消发布',
  scheduled_publish: '定时发布',
  scheduled_unpublish: '定时下线',
  close: '到期结束',
};

const STATE_LABELS: Record<string, string> = {
  draft: '草稿',
  in_review: '待审核',
  approved: '已通过',
  changes_requested: '需修改',
};

const when = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The server's message, or a general one when the request failed without one. */
function messageOf(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? '操作没有成功，请稍后再试';
}

function History({ events }: { events: ReviewEvent[] }) {
  if (events.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        还没有审核记录
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ol">
      {events.map((event, index) => (
        <Box key={`${event.at}-${index}`} tag="li">
          <Typography variant="pi" fontWeight="bold">
            {ACTION_LABELS[event.action] ?? event.action}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {` ${event.actorName ?? '系统'} · ${when.format(new Date(event.at))}`}
          </Typography>
          {event.fromState !== event.toState && event.toState && (
            <Typography variant="pi" textColor="neutral600" tag="p">
              {`${STATE_LABELS[event.fromState ?? ''] ?? '—'} → ${STATE_LABELS[event.toState]}`}
            </Typography>
          )}
          {event.note && (
            <Typography variant="pi" tag="p">
              {`说明：${event.note}`}
            </Typography>
          )}
        </Box>
      ))}
    </Flex>
  );
}

export const ReviewPanel: PanelComponent = ({ model, documentId }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [note, setNote] = useState('');
  // The admin shows a panel's content through a copy it refreshes when the browser is idle
  // (Strapi's DescriptionComponentRenderer), so a button clicked right after typing may still
  // hold the `note` of an earlier render; the ref always holds what was typed last.
  const typedNote = useRef('');
  const [busy, setBusy] = useState(false);
  const reviewed = REVIEWED_TYPES.has(model);

  const load = useCallback(async () => {
    if (!reviewed || !documentId) return;
    try {
      const response = await get<{ data: ReviewStatus }>('/huijiu-review/status', {
        params: { uid: model, documentId },
      });
      setStatus(response.data.data);
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    }
  }, [get, model, documentId, reviewed, toggleNotification]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!reviewed) return null;
  if (!documentId) {
    return { title: '审核', content: <Typography variant="pi">保存草稿后可以送审。</Typography> };
  }

  async function give(command: Command) {
    setBusy(true);
    try {
      await post('/huijiu-review/move', {
        uid: model,
        documentId,
        command,
        note: typedNote.current,
      });
      typedNote.current = '';
      setNote('');
      toggleNotification({ type: 'success', message: `已${COMMAND_LABELS[command]}` });
      await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const commands = status?.commands ?? [];
  return {
    title: '审核',
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%">
        <Typography variant="omega" fontWeight="bold">
          {status ? `当前状态：${status.stateLabel}` : '正在读取审核状态…'}
        </Typography>
        {status?.note && status.state === 'changes_requested' && (
          <Typography variant="pi">{`审核员的意见：${status.note}`}</Typography>
        )}
        {status?.state === 'approved' && (
          <Typography variant="pi" textColor="neutral600">
            已通过审核，可以发布。修改商品、价格等内容后需要重新审核，只改 SEO 和网址别名不需要。
          </Typography>
        )}
        {commands.includes('request_changes') && (
          <Textarea
            name="reviewNote"
            aria-label="退回说明"
            placeholder="退回修改时必填：写明需要修改的地方"
            value={note}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
              typedNote.current = event.target.value;
              setNote(event.target.value);
            }}
          />
        )}
        {commands.map((command) => (
          <Button
            key={command}
            fullWidth
            variant={command === 'request_changes' ? 'danger-light' : 'secondary'}
            disabled={busy}
            onClick={() => void give(command)}
          >
            {COMMAND_LABELS[command]}
          </Button>
        ))}
        <Typography variant="sigma" textColor="neutral600">
          审核记录
        </Typography>
        <History events={status?.events ?? []} />
      </Flex>
    ),
  };
};
