/** The playground seed's demo admin accounts (playground/seed/index.js), shared by every test suite. */
export const DEMO_PASSWORD = 'Newsroom-demo-1';
export const DEMO = {
  admin: 'admin@newsroom.local',
  editor: 'editor@newsroom.local',
  deskChief: 'deskchief@newsroom.local',
  deskChief2: 'deskchief2@newsroom.local',
} as const;
