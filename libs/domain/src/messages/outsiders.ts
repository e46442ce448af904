/**
 * What Glokal says where it does not serve: a Discord server or Slack workspace that is not
 * the cluster's. Polite, and says what to do, because a cluster's own new server may land here.
 */
export const outsiders = {
  pl: {
    title: 'Glokal działa tylko w przestrzeni klastra',
    discord_server:
      'Ten serwer nie należy do klastra, więc Glokal tu nic nie pokaże ani nie zapisze. Jeśli to serwer klastra, poproś koordynatora, aby dodał jego identyfikator do ustawień Glokalu.',
    slack_workspace:
      'Ta przestrzeń Slacka nie należy do klastra, więc Glokal tu nic nie pokaże ani nie zapisze. Jeśli to przestrzeń klastra, poproś koordynatora o poprawienie ustawień Glokalu.',
    suggestion: 'Glokal działa tylko na serwerach klastra',
  },
  en: {
    title: "Glokal works only in the cluster's own space",
    discord_server:
      "This server is not one of the cluster's, so Glokal shows and saves nothing here. If it is the cluster's server, ask a coordinator to add its id to Glokal's settings.",
    slack_workspace:
      "This Slack workspace is not the cluster's, so Glokal shows and saves nothing here. If it is the cluster's workspace, ask a coordinator to correct Glokal's settings.",
    suggestion: "Glokal works only in the cluster's servers",
  },
} as const;
